package io.sdc.performance.scorecard.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.function.Supplier;

/**
 * Values built from the database, each kept under the generation of its inputs read before it was built: a value is
 * answered again only while that generation is still the committed one, else built again. A write committed while a
 * value is being built moves the generation past the one it is kept under, so what was built is never answered after
 * the write is seen. Of two builds of one key, the one at the later generation is kept.
 */
public final class BuiltAtGeneration<K, V> {

    private record Built<V>(long generation, V value) {
    }

    private final Cache<K, Built<V>> built;

    public BuiltAtGeneration(long maximumSize) {
        this.built = Caffeine.newBuilder().maximumSize(maximumSize).recordStats().build();
    }

    /** The value of the key at the generation, built (and kept) unless it was already built at that generation. */
    public V get(K key, long generation, Supplier<V> build) {
        Built<V> kept = built.getIfPresent(key);
        if (kept != null && kept.generation() == generation) {
            return kept.value();
        }
        V value = build.get();
        built.asMap().merge(key, new Built<>(generation, value),
                (earlier, later) -> earlier.generation() > later.generation() ? earlier : later);
        return value;
    }

    /** The cache itself, for its metrics. */
    public Cache<K, ?> cache() {
        return built;
    }
}
