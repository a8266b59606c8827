package io.alsoread.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * Reads the files of a crawl into the operating system's cache a short way ahead of the threads
 * that parse them, several files at a time. A crawl larger than the machine's memory comes from
 * the disk, which answers one read at a time slowly but several at once about 2.5 times as fast
 * (42 against 103 MB/s of 17 KB files, one reader against four): a parsing thread that reads each
 * file itself leaves its core waiting. The parsers still read every file themselves; what this
 * class reads is thrown away, so it changes nothing but when the disk is asked. The readers start
 * once the parsers have read a few files themselves: a run that finds its files unchanged reads none.
 * A crawl already in memory gains nothing from it and pays for its reads, so the readers time their
 * reads and, while they come from memory, read only now and then to find out when that ends
 * ({@link Pace}).
 */
public final class ReadAhead implements AutoCloseable {
  private final List<SourceFile> files;
  private final IntPredicate wanted;
  private final int window;
  private final int startAfter;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger reached = new AtomicInteger(-1);
  private final AtomicInteger parserReads = new AtomicInteger();
  private final Object lock = new Object();
  private final Thread[] readers;
  private final Pace pace;
  /** The parsers' position at which a waiting reader wants waking: readers wait far ahead, not at every file. */
  private volatile int wakeAt = Integer.MAX_VALUE;
  private volatile boolean closed;

  /**
   * Reading ahead of the parsers of {@code files}, from the {@code startAfter}-th file a parser reads.
   *
   * @param wanted which files (by index) the parsers will read; the others are skipped
   * @param readers how many files are read at once
   * @param window how many files at most are read ahead of the furthest one a parser has reached
   */
  public ReadAhead(List<SourceFile> files, IntPredicate wanted, int readers, int window, int startAfter) {
    this(files, wanted, readers, window, startAfter, new Pace(Pace.FROM_MEMORY_NANOS, Pace.MIN_SHARE, Pace.PROBE_EVERY));
  }

  ReadAhead(List<SourceFile> files, IntPredicate wanted, int readers, int window, int startAfter, Pace pace) {
    this.pace = pace;
    this.files = files;
    this.wanted = wanted;
    this.window = Math.max(2, window);
    this.startAfter = Math.max(1, startAfter);
    this.readers = new Thread[readers];
  }

  /** Tells the readers that a parser is about to read a file itself; the readers start at the {@code startAfter}-th. */
  public void reading() {
    if (parserReads.incrementAndGet() == startAfter) {
      synchronized (lock) {
        for (int i = 0; i < readers.length && !closed; i++) {
          Thread reader = new Thread(this::readAll, "alsoread-read-ahead");
          reader.setDaemon(true);
          readers[i] = reader;
          reader.start();
        }
      }
    }
  }

  /** Tells the readers that a parser has started on file {@code index}. */
  public void reached(int index) {
    int now = reached.accumulateAndGet(index, Math::max);
    if (now >= wakeAt) {
      synchronized (lock) {
        wakeAt = Integer.MAX_VALUE;
        lock.notifyAll();
      }
    }
  }

  private void readAll() {
    ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
    try {
      for (int i = next.getAndIncrement(); i < files.size() && !closed; i = next.getAndIncrement()) {
        awaitTurn(i);
        if (!closed && i > reached.get() && pace.shouldRead(i)) {
          read(i, buffer);
        }
      }
    } catch (InterruptedException e) {
      // close() interrupts a reader waiting for its turn: its thread ends here, with the flag kept as is customary.
      Thread.currentThread().interrupt();
    }
  }

  /** Waits until file {@code i} is within the window ahead of the parsers. */
  private void awaitTurn(int i) throws InterruptedException {
    while (!closed && i > reached.get() + window) {
      synchronized (lock) {
        // wakeAt is published before reached is read again, and reached() writes reached before it
        // reads wakeAt: one of the two sides sees the other.
        wakeAt = Math.min(wakeAt, i - window / 2);
        if (closed || i <= reached.get() + window) {
          return;
        }
        lock.wait(100);
      }
    }
  }

  /** Reads file {@code i} when the parsers will, and throws nothing: the parsers meet and report what goes wrong. */
  private void read(int i, ByteBuffer buffer) {
    try {
      if (!wanted.test(i)) {
        return;
      }
      long start = System.nanoTime();
      try (FileChannel channel = FileChannel.open(files.get(i).path(), StandardOpenOption.READ)) {
        do {
          buffer.clear();
        } while (channel.read(buffer) > 0);
      }
      pace.took(System.nanoTime() - start);
    } catch (IOException | RuntimeException e) {
      // the parser reads the file again and reports what is wrong with it
    }
  }

  /** Stops the readers; files not yet read ahead are left to the parsers. */
  @Override
  public void close() {
    closed = true;
    synchronized (lock) {
      lock.notifyAll();
      for (Thread reader : readers) {
        if (reader != null) {
          reader.interrupt();
        }
      }
    }
  }

  /**
   * Whether the read-ahead's reads come from memory, judged by how long they take: while most of the
   * recent reads (a moving average over about sixteen) were quicker than {@code fromMemoryNanos},
   * only every {@code probeEvery}-th file is read, as a probe, and slow probes bring the average down
   * and every file back. Reading the 7-site crawl ahead, 95% of the reads took under 40 µs with the
   * files in memory, 12% with the operating system's cache emptied first (a quarter took over
   * 190 µs). A wrong judgement costs only time: the parsers read every file anyway.
   */
  static final class Pace {
    static final long FROM_MEMORY_NANOS = 40_000;
    static final double MIN_SHARE = 0.85;
    static final int PROBE_EVERY = 16;
    private static final int ONE = 1 << 16;

    private final long fromMemoryNanos;
    private final int minShare;
    private final int probeEvery;
    /** The moving average of reads from memory, of {@link #ONE}. */
    private final AtomicInteger fromMemory = new AtomicInteger();

    Pace(long fromMemoryNanos, double minShare, int probeEvery) {
      this.fromMemoryNanos = fromMemoryNanos;
      this.minShare = (int) (minShare * ONE);
      this.probeEvery = probeEvery;
    }

    /** Whether file {@code index} is to be read ahead. */
    boolean shouldRead(int index) {
      return fromMemory.get() < minShare || index % probeEvery == 0;
    }

    /** Records a read ahead that took {@code nanos}. */
    void took(long nanos) {
      int sample = nanos < fromMemoryNanos ? ONE : 0;
      fromMemory.updateAndGet(average -> average + ((sample - average) >> 4));
    }
  }
}
