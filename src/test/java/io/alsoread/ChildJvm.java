package io.alsoread;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Starts a JVM with the tests' own Java and class path, for tests that must kill a process or read
 * its exit code: the crash-safety test and the command line's exit codes.
 */
final class ChildJvm {

  /** What a finished child said and returned. */
  record Result(int exitCode, String out, String err) {
    /**
     * Lines of stderr without the JVM's warnings and Lucene's java.util.logging records (two lines
     * each: a header naming the logging class, in the machine's locale, then the message).
     */
    List<String> errLines() {
      List<String> lines = new ArrayList<>();
      String[] all = err.split("\\R");
      for (int i = 0; i < all.length; i++) {
        String line = all[i];
        if (line.contains(" org.apache.lucene.")) {
          i++; // and the record's message line
        } else if (!line.isBlank() && !line.startsWith("WARNING:")) {
          lines.add(line);
        }
      }
      return lines;
    }
  }

  private ChildJvm() {}

  /** A process builder for {@code mainClass} with {@code args}, working in {@code workingDir}. */
  static ProcessBuilder builder(Path workingDir, String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-XX:TieredStopAtLevel=1"); // short runs: start fast rather than peak
    command.add("-XX:+UseSerialGC");
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(workingDir.toFile());
  }

  /** Runs {@code mainClass} to its end (killing it after {@code timeoutSeconds}) and collects its output. */
  static Result run(Path workingDir, long timeoutSeconds, String mainClass, String... args) throws IOException, InterruptedException {
    Process process = builder(workingDir, mainClass, args).start();
    process.getOutputStream().close(); // no input: a command that reads stdin sees its end
    CompletableFuture<String> out = drain(process.getInputStream());
    CompletableFuture<String> err = drain(process.getErrorStream());
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("child JVM " + mainClass + " did not finish in " + timeoutSeconds + " s; stderr: " + err.join());
    }
    return new Result(process.exitValue(), out.join(), err.join());
  }

  /** Reads a child's output stream to its end on a thread of its own, so the child never blocks on a full pipe. */
  static CompletableFuture<String> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(() -> {
      try (stream) {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      }
    }, task -> Thread.ofPlatform().daemon().name("child-jvm-drain").start(task));
  }
}
