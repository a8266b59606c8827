package io.alsoread.cli;

import java.util.List;
import java.util.Map;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * The REPL's key bindings beyond JLine's own: the cursor keys in both of the forms terminals send, and
 * terminal replies swallowed rather than typed into the line.
 */
final class ReplKeys {

  /**
   * Every form of each cursor key, as GNU readline binds them. JLine binds only the form terminfo
   * names, the application-mode one ({@code ESC O A}) on most terminals; but keys typed while a command
   * runs (the line editor is not keeping the terminal in application mode then), and all keys of a
   * terminal that ignores the mode switch, come in the normal form ({@code ESC [ A}), which would
   * otherwise be typed into the line as {@code [A}.
   */
  static final Map<Capability, List<String>> CURSOR_KEYS = Map.of(
      Capability.key_up, List.of("\033[A", "\033OA"),
      Capability.key_down, List.of("\033[B", "\033OB"),
      Capability.key_right, List.of("\033[C", "\033OC"),
      Capability.key_left, List.of("\033[D", "\033OD"),
      Capability.key_home, List.of("\033[H", "\033OH", "\033[1~", "\033[7~"),
      Capability.key_end, List.of("\033[F", "\033OF", "\033[4~", "\033[8~"));

  /** JLine's widget for each key (see its {@code bindArrowKeys}), for terminals whose terminfo names no such key. */
  private static final Map<Capability, String> WIDGETS = Map.of(
      Capability.key_up, LineReader.UP_LINE_OR_SEARCH,
      Capability.key_down, LineReader.DOWN_LINE_OR_SEARCH,
      Capability.key_right, LineReader.FORWARD_CHAR,
      Capability.key_left, LineReader.BACKWARD_CHAR,
      Capability.key_home, LineReader.BEGINNING_OF_LINE,
      Capability.key_end, LineReader.END_OF_LINE);

  /** The start of a terminal's reply to a query: {@code ESC [ ?}, which no key sends. */
  static final String REPLY = "\033[?";

  /** The longest reply swallowed whole; a longer run is the user's typing again. */
  private static final int MAX_REPLY = 64;

  private ReplKeys() {}

  /** Adds the bindings to every key map of {@code reader}. */
  static void bind(LineReader reader, Terminal terminal) {
    Widget swallowReply = reader instanceof LineReaderImpl impl ? () -> swallowReply(impl) : () -> true;
    for (Map.Entry<String, KeyMap<Binding>> entry : reader.getKeyMaps().entrySet()) {
      KeyMap<Binding> map = entry.getValue();
      boolean editing = entry.getKey().equals(LineReader.EMACS) || entry.getKey().equals(LineReader.VIINS)
          || entry.getKey().equals(LineReader.MAIN);
      for (Map.Entry<Capability, List<String>> key : CURSOR_KEYS.entrySet()) {
        String named = KeyMap.key(terminal, key.getKey());
        Binding binding = named == null || named.isEmpty() ? null : map.getBound(named);
        if (binding == null && editing) {
          binding = new Reference(WIDGETS.get(key.getKey()));
        }
        if (binding != null) {
          for (String form : key.getValue()) {
            map.bind(binding, form);
          }
        }
      }
      if (editing) {
        map.bind(swallowReply, REPLY);
      }
    }
  }

  /**
   * Reads the rest of a control sequence after {@link #REPLY} and drops it: a terminal's answer to a
   * query (a mode report {@code ESC[?2026;2$y}, device attributes {@code ESC[?62;22c}, keyboard flags
   * {@code ESC[?0u}) that came late, maybe sent for another program, is no input. Parameters and
   * intermediates are bytes 0x20 to 0x3F; a byte from 0x40 to 0x7E ends the sequence.
   */
  private static boolean swallowReply(LineReaderImpl reader) {
    for (int i = 0; i < MAX_REPLY; i++) {
      int c = reader.readCharacter();
      if (c < 0x20 || c > 0x3F) {
        return true; // the final byte, or anything that is no part of a sequence (end of input)
      }
    }
    return true;
  }
}
