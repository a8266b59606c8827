package io.alsoread.cli;

import io.alsoread.AlsoReadException;
import io.alsoread.IndexUnavailableException;

/**
 * The library's message for a failure, with the command that fixes an unusable index in place of
 * the library's advice, which can name no command.
 */
final class IndexAdvice {

  private IndexAdvice() {}

  /** The message of {@code failure} as the command line shows it. */
  static String message(AlsoReadException failure) {
    if (failure instanceof IndexUnavailableException unavailable) {
      switch (unavailable.reason()) {
        case NO_INDEX -> {
          return unavailable.problem() + "; run `alsoread index` first";
        }
        case UNREADABLE -> {
          return unavailable.problem() + "; run `alsoread index --rebuild`";
        }
        default -> {
          // the library's advice is all there is to say
        }
      }
    }
    return failure.getMessage();
  }
}
