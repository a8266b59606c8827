package io.alsoread.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.IntSupplier;

/** A sink for human output: lines of at most {@link #width()} columns, styled when colour is on. */
final class HumanOutput {

  private final PrintWriter out;
  private final Style style;
  private final IntSupplier width;

  HumanOutput(PrintWriter out, Style style, int width) {
    this(out, style, () -> width);
  }

  /** With a width that may change, like a terminal's on resize. */
  HumanOutput(PrintWriter out, Style style, IntSupplier width) {
    this.out = out;
    this.style = style;
    this.width = width;
  }

  /** Human output on the command's stdout, in colour when that is a terminal that wants it. */
  static HumanOutput stdout(CliContext context) {
    PrintWriter writer = new PrintWriter(context.out(), false, java.nio.charset.StandardCharsets.UTF_8);
    return new HumanOutput(writer, Style.of(context.outColour()), context.columns());
  }

  Style style() {
    return style;
  }

  int width() {
    return width.getAsInt();
  }

  /** Prints a line, its control characters made harmless (see {@link Layout#terminalSafe}). */
  void line(String text) {
    out.println(Layout.terminalSafe(text, style));
  }

  void blank() {
    out.println();
  }

  /** Plain text word-wrapped at {@code indent}; each line styled by {@code styler}. */
  void wrapped(int indent, String text, java.util.function.UnaryOperator<String> styler) {
    String pad = " ".repeat(indent);
    for (String line : Layout.wrap(text, width() - indent)) {
      line(pad + styler.apply(line));
    }
  }

  void wrapped(int indent, String text) {
    wrapped(indent, text, s -> s);
  }

  /**
   * A label column and its value, the value wrapped with a hanging indent:
   * {@code tags        win10, printer}.
   */
  void field(String label, int labelWidth, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    List<String> lines = Layout.wrap(value, Math.max(10, width() - labelWidth - 2));
    String pad = " ".repeat(labelWidth + 2);
    String head = style.dim(label) + " ".repeat(Math.max(1, labelWidth + 2 - Layout.width(label)));
    for (int i = 0; i < lines.size(); i++) {
      line((i == 0 ? head : pad) + lines.get(i));
    }
  }

  /** A label column and a value kept whole, like a URL or a path, which a reader copies. */
  void fieldWhole(String label, int labelWidth, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    line(style.dim(label) + " ".repeat(Math.max(1, labelWidth + 2 - Layout.width(label))) + value);
  }

  /**
   * Items laid out in rows after a label, wrapping between items (never inside one):
   * {@code tag       win10 45  printer 30}. Items carry their styling already; {@code widths} are their
   * plain widths.
   */
  void flow(String label, int labelWidth, List<String> items, List<Integer> widths) {
    String pad = " ".repeat(labelWidth + 2);
    StringBuilder line = new StringBuilder(style.dim(label)).append(" ".repeat(Math.max(1, labelWidth + 2 - Layout.width(label))));
    int used = labelWidth + 2;
    int width = width();
    boolean empty = true;
    for (int i = 0; i < items.size(); i++) {
      int itemWidth = widths.get(i);
      int needed = (empty ? 0 : 2) + itemWidth;
      if (!empty && used + needed > width) {
        line(line.toString());
        line = new StringBuilder(pad);
        used = labelWidth + 2;
        empty = true;
        needed = itemWidth;
      }
      if (!empty) {
        line.append("  ");
      }
      line.append(items.get(i));
      used += needed;
      empty = false;
    }
    line(line.toString());
  }

  void flush() {
    out.flush();
  }
}
