package dev.keypairs.keys;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the SSH wire encoding (RFC 4251 §5) from a blob, refusing to read past its end. Every length is
 * checked against what is left before anything is allocated, so a hostile length cannot exhaust memory.
 */
final class SshWireReader {

    private final byte[] data;
    private int position;

    SshWireReader(byte[] data) {
        this.data = data;
    }

    /** A {@code uint32}. */
    long readUint32() throws KeyFormatException {
        require(4);
        long value = ((data[position] & 0xFFL) << 24) | ((data[position + 1] & 0xFFL) << 16)
                | ((data[position + 2] & 0xFFL) << 8) | (data[position + 3] & 0xFFL);
        position += 4;
        return value;
    }

    /**
     * A {@code uint64}, its 64 bits in a {@code long}: values of {@code 2^63} and more read as negative, so compare
     * them with {@link Long#compareUnsigned}.
     */
    long readUint64() throws KeyFormatException {
        require(8);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (data[position + i] & 0xFFL);
        }
        position += 8;
        return value;
    }

    /** A {@code uint64}, skipped: a certificate's serial is not needed. */
    void skipUint64() throws KeyFormatException {
        require(8);
        position += 8;
    }

    /** The bytes of a {@code string} or {@code mpint}. */
    byte[] readString() throws KeyFormatException {
        long length = readUint32();
        require(length);
        byte[] value = Arrays.copyOfRange(data, position, position + (int) length);
        position += (int) length;
        return value;
    }

    /** A {@code string} holding text, decoded as UTF-8. */
    String readText() throws KeyFormatException {
        return new String(readString(), StandardCharsets.UTF_8);
    }

    /** A {@code string} or {@code mpint} copied with its length prefix, as it stands in the blob. */
    void copyField(ByteArrayOutputStream out) throws KeyFormatException {
        int start = position;
        long length = readUint32();
        require(length);
        position += (int) length;
        out.write(data, start, position - start);
    }

    /** Skips a {@code string} or {@code mpint}. */
    void skipString() throws KeyFormatException {
        long length = readUint32();
        require(length);
        position += (int) length;
    }

    /** Refuses anything left after the last field. */
    void requireEnd() throws KeyFormatException {
        if (position != data.length) {
            throw new KeyFormatException(KeyProblem.TRAILING_BYTES, (data.length - position) + " bytes");
        }
    }

    private void require(long length) throws KeyFormatException {
        if (length > data.length - position) {
            throw new KeyFormatException(KeyProblem.TRUNCATED);
        }
    }

    /** Writes a {@code string} with its length prefix. */
    static void writeString(ByteArrayOutputStream out, byte[] value) {
        out.write(value.length >>> 24);
        out.write(value.length >>> 16);
        out.write(value.length >>> 8);
        out.write(value.length);
        out.write(value, 0, value.length);
    }
}
