package io.alsoread.util;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongBiFunction;

/**
 * The entries used last, bounded by the sum of their weights (what each one holds, in the unit the
 * caller weighs in): the least recently used go first, and an entry heavier than a quarter of the
 * bound is not kept, as it would push out everything else. Thread-safe.
 *
 * @param <K> keys
 * @param <V> values
 */
public final class BoundedLru<K, V> {
  private final long maxWeight;
  private final ToLongBiFunction<K, V> weigher;
  private final Map<K, V> entries = new LinkedHashMap<>(256, 0.75f, true);
  private long weight;

  /** Holds at most {@code maxWeight} by {@code weigher}; 0 holds nothing. */
  public BoundedLru(long maxWeight, ToLongBiFunction<K, V> weigher) {
    this.maxWeight = maxWeight;
    this.weigher = weigher;
  }

  /** The value of {@code key}, now the most recently used; null when not held. */
  public synchronized V get(K key) {
    return entries.get(key);
  }

  /** Keeps {@code value} for {@code key} unless it weighs more than a quarter of the bound; evicts the least recently used past the bound. */
  public synchronized void put(K key, V value) {
    long added = weigher.applyAsLong(key, value);
    if (maxWeight == 0 || added > maxWeight / 4) {
      return;
    }
    V replaced = entries.put(key, value);
    weight += added - (replaced == null ? 0 : weigher.applyAsLong(key, replaced));
    Iterator<Map.Entry<K, V>> eldest = entries.entrySet().iterator();
    while (weight > maxWeight && eldest.hasNext()) {
      Map.Entry<K, V> e = eldest.next();
      weight -= weigher.applyAsLong(e.getKey(), e.getValue());
      eldest.remove();
    }
  }

  /** Lets go of every entry. */
  public synchronized void clear() {
    entries.clear();
    weight = 0;
  }

  /** Entries held. */
  public synchronized int size() {
    return entries.size();
  }
}
