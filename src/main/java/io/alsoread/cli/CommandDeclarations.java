package io.alsoread.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Builders for the commands' picocli declarations. The commands declare their options through
 * picocli's programmatic model rather than its annotations: reading annotations makes the JDK generate
 * a proxy class per annotation type at run time, which the start-up cache cannot hold: building the
 * models took 63 ms that way and 12 ms this way, a tenth of a one-shot search.
 */
final class CommandDeclarations {
  private CommandDeclarations() {}

  /** A command named {@code name} run by {@code command}, with {@code -h/--help} and {@code -V/--version}. */
  static CommandSpec command(Object command, String name, String[] description, String... examples) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
    spec.usageMessage().description(description).footerHeading("%nExamples:%n").footer(examples);
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
        .description("Print version information and exit.").build());
    return spec;
  }

  /** An on/off option. */
  static OptionSpec.Builder flag(String name, String description) {
    return OptionSpec.builder(name).type(boolean.class).description(description);
  }

  /** An option with one value of {@code type}. */
  static OptionSpec.Builder option(String name, Class<?> type, String paramLabel, String description) {
    return OptionSpec.builder(name).type(type).paramLabel(paramLabel).description(description);
  }

  /** A text option that may be repeated; its values come as a list. */
  static OptionSpec.Builder repeatable(String name, String paramLabel, String description) {
    return OptionSpec.builder(name).type(List.class).auxiliaryTypes(String.class).paramLabel(paramLabel).description(description);
  }

  /** One required positional parameter. */
  static PositionalParamSpec parameter(String paramLabel, String description) {
    return PositionalParamSpec.builder().type(String.class).arity("1").required(true).paramLabel(paramLabel)
        .description(description).build();
  }

  /** Any number of positional parameters, as a list. */
  static PositionalParamSpec parameters(String paramLabel, String description) {
    return PositionalParamSpec.builder().type(List.class).auxiliaryTypes(String.class).arity("0..*").paramLabel(paramLabel)
        .description(description).build();
  }
}
