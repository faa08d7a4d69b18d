package dev.keypairs;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;

/** This machine's addresses, for tests of a server reached from somewhere other than loopback. */
public final class MachineAddresses {

    private MachineAddresses() {
    }

    /** An IPv4 address of an interface that is up, neither loopback nor link-local. */
    public static String nonLoopback() throws SocketException {
        for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : network.inetAddresses().toList()) {
                    if (address instanceof Inet4Address && !address.isLinkLocalAddress()) {
                        return address.getHostAddress();
                    }
                }
            }
        }
        throw new AssertionError("this machine has no address beside loopback to reach a server by");
    }
}
