package dev.keypairs.store.memory;

import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.account.RegionRows;
import dev.keypairs.store.account.Storage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A storage in this JVM's memory ({@code memory:NAME}): every handle opened on the same name in one JVM sees one
 * account, which lives until the last handle is closed. Nothing is written anywhere and nothing survives the
 * process; another process opening the same name gets an account of its own. For tests, and for an emulator
 * that needs no state between runs.
 *
 * <p>Writes are serialised by one lock; a write that throws is undone, so a refused call changes nothing.
 */
public final class MemoryStorage implements Storage {

    private static final Map<String, Data> ACCOUNTS = new HashMap<>();

    private final String name;
    private final String displayUri;
    private final Data data;
    private volatile boolean closed;

    private MemoryStorage(String name, String displayUri, Data data) {
        this.name = name;
        this.displayUri = displayUri;
        this.data = data;
    }

    /** A handle on the account of this name in this JVM, made empty when no handle is open on it. */
    public static MemoryStorage open(String name, String displayUri) {
        synchronized (ACCOUNTS) {
            Data data = ACCOUNTS.computeIfAbsent(name, n -> new Data());
            data.handles++;
            return new MemoryStorage(name, displayUri, data);
        }
    }

    @Override
    public String displayUri() {
        return displayUri;
    }

    @Override
    public <T> T read(Provider provider, String regionId, Work<T> work) throws StoreException {
        requireOpen();
        data.lock.readLock().lock();
        try {
            return work.in(new Rows(provider, regionId, null));
        } finally {
            data.lock.readLock().unlock();
        }
    }

    @Override
    public <T> T write(Provider provider, String regionId, Work<T> work) throws StoreException {
        requireOpen();
        data.lock.writeLock().lock();
        Deque<Runnable> undo = new ArrayDeque<>();
        try {
            T result = work.in(new Rows(provider, regionId, undo));
            undo.clear();
            return result;
        } finally {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
            data.lock.writeLock().unlock();
        }
    }

    /** Under the write lock: a write in flight finishes first, and its undoing (if it fails) is done before. */
    @Override
    public void clear() throws StoreException {
        requireOpen();
        data.lock.writeLock().lock();
        try {
            data.regions.clear();
            data.keyIds.clear();
            data.calls.clear();
        } finally {
            data.lock.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        synchronized (ACCOUNTS) {
            if (closed) {
                return;
            }
            closed = true;
            if (--data.handles == 0) {
                ACCOUNTS.remove(name, data);
            }
        }
    }

    @Override
    public String toString() {
        return "MemoryStorage[" + displayUri + "]";
    }

    private void requireOpen() throws StoreUnavailableException {
        if (closed) {
            throw new StoreUnavailableException("the store " + displayUri + " is closed", null);
        }
    }

    /**
     * Names in code point order, as pages are (store.md) and as SQLite's byte order of UTF-8 has them; String's own
     * order compares UTF-16 units, which puts a character beyond the Basic Multilingual Plane before U+E000–U+FFFF.
     */
    private static final Comparator<String> CODE_POINT_ORDER = (left, right) -> {
        // Equal code points take equal chars, so one index walks both.
        int i = 0;
        while (i < left.length() && i < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(i);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
        }
        return Integer.compare(left.length(), right.length());
    };

    /** One account's rows. */
    private static final class Data {
        final ReadWriteLock lock = new ReentrantReadWriteLock();
        final Map<String, TreeMap<String, StoredKeyPair>> regions = new ConcurrentHashMap<>();
        final Set<String> keyIds = new HashSet<>();
        final Map<String, Deque<Long>> calls = new HashMap<>();
        int handles;
    }

    /** The rows of one region; mutations record their undoing when {@code undo} is given (a write). */
    private final class Rows implements RegionRows {
        private final Provider provider;
        private final String regionKey;
        private final Deque<Runnable> undo;

        Rows(Provider provider, String regionId, Deque<Runnable> undo) {
            this.provider = provider;
            this.regionKey = provider.id() + "/" + regionId;
            this.undo = undo;
        }

        private TreeMap<String, StoredKeyPair> region() {
            TreeMap<String, StoredKeyPair> region = data.regions.get(regionKey);
            return region != null ? region : new TreeMap<>(CODE_POINT_ORDER);
        }

        private TreeMap<String, StoredKeyPair> writable() {
            if (undo == null) {
                throw new IllegalStateException("a change inside a read");
            }
            return data.regions.computeIfAbsent(regionKey, key -> new TreeMap<>(CODE_POINT_ORDER));
        }

        @Override
        public int count() {
            return region().size();
        }

        @Override
        public boolean holdsName(String name) {
            return region().containsKey(name);
        }

        @Override
        public Optional<String> nameHoldingKey(String publicKeyLine) {
            return region().values().stream().filter(keyPair -> publicKeyLine.equals(keyPair.publicKey()))
                    .map(StoredKeyPair::name).findFirst();
        }

        @Override
        public Optional<StoredKeyPair> byName(String name) {
            return Optional.ofNullable(region().get(name));
        }

        @Override
        public Optional<StoredKeyPair> byKeyId(String keyId) {
            return region().values().stream().filter(keyPair -> keyId.equals(keyPair.keyId())).findFirst();
        }

        @Override
        public List<StoredKeyPair> page(int offset, int limit) {
            List<StoredKeyPair> page = new ArrayList<>();
            int index = 0;
            for (StoredKeyPair keyPair : region().values()) {
                if (page.size() >= limit) {
                    break;
                }
                if (index++ >= offset) {
                    page.add(keyPair);
                }
            }
            return page;
        }

        @Override
        public boolean keyIdInUse(String keyId) {
            return data.keyIds.contains(keyId);
        }

        @Override
        public void insert(StoredKeyPair keyPair) {
            writable().put(keyPair.name(), keyPair);
            if (keyPair.keyId() != null) {
                data.keyIds.add(keyPair.keyId());
            }
            undo.push(() -> {
                writable().remove(keyPair.name());
                if (keyPair.keyId() != null) {
                    data.keyIds.remove(keyPair.keyId());
                }
            });
        }

        @Override
        public boolean delete(String name) {
            StoredKeyPair removed = writable().remove(name);
            if (removed == null) {
                return false;
            }
            if (removed.keyId() != null) {
                data.keyIds.remove(removed.keyId());
            }
            undo.push(() -> {
                writable().put(name, removed);
                if (removed.keyId() != null) {
                    data.keyIds.add(removed.keyId());
                }
            });
            return true;
        }

        @Override
        public void setTags(String name, Map<String, String> tags) {
            StoredKeyPair old = existing(name);
            replace(name, new StoredKeyPair(provider, old.regionId(), name, old.publicKey(), old.fingerprint(),
                    old.keyId(), tags, old.resourceGroupId(), old.projectId(), old.createdAt(), old.description(),
                    old.associatedInstanceIds()));
        }

        @Override
        public void setResourceGroup(String name, String resourceGroupId) {
            StoredKeyPair old = existing(name);
            replace(name, new StoredKeyPair(provider, old.regionId(), name, old.publicKey(), old.fingerprint(),
                    old.keyId(), old.tags(), resourceGroupId, old.projectId(), old.createdAt(), old.description(),
                    old.associatedInstanceIds()));
        }

        @Override
        public void rename(String name, String newName) {
            StoredKeyPair old = existing(name);
            writable().remove(name);
            StoredKeyPair renamed = new StoredKeyPair(provider, old.regionId(), newName, old.publicKey(),
                    old.fingerprint(), old.keyId(), old.tags(), old.resourceGroupId(), old.projectId(), old.createdAt(),
                    old.description(), old.associatedInstanceIds());
            writable().put(newName, renamed);
            undo.push(() -> {
                writable().remove(newName);
                writable().put(name, old);
            });
        }

        @Override
        public void setDescription(String name, String description) {
            StoredKeyPair old = existing(name);
            replace(name, new StoredKeyPair(provider, old.regionId(), name, old.publicKey(), old.fingerprint(),
                    old.keyId(), old.tags(), old.resourceGroupId(), old.projectId(), old.createdAt(), description,
                    old.associatedInstanceIds()));
        }

        private StoredKeyPair existing(String name) {
            StoredKeyPair keyPair = region().get(name);
            if (keyPair == null) {
                throw new IllegalStateException("no key pair " + name + " in " + regionKey);
            }
            return keyPair;
        }

        private void replace(String name, StoredKeyPair next) {
            StoredKeyPair old = writable().put(name, next);
            undo.push(() -> writable().put(name, old));
        }

        @Override
        public int callsInWindow(ApiCall call, long nowMs, long windowMs) {
            Deque<Long> times = data.calls.get(provider.id() + "/" + call.action());
            if (times == null) {
                return 0;
            }
            if (undo != null) {
                times.removeIf(at -> at <= nowMs - windowMs || at > nowMs);
            }
            return (int) times.stream().filter(at -> at > nowMs - windowMs && at <= nowMs).count();
        }

        @Override
        public void recordCall(ApiCall call, long atMs) {
            Deque<Long> times = data.calls.computeIfAbsent(provider.id() + "/" + call.action(), key -> new ArrayDeque<>());
            times.addLast(atMs);
            undo.push(times::removeLast);
        }
    }
}
