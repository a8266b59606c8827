package io.alsoread.cli;

import io.alsoread.AlsoRead;
import io.alsoread.Neighbourhood;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Model.ArgGroupSpec;

/** {@code alsoread links}: the link neighbourhood of a URL, indexed or not. */
final class LinksCommand extends Subcommand {

  LinksCommand(AlsoReadCommand parent) {
    super(parent, "links",
        new String[] {
            "Show the link neighbourhood of a URL, indexed or not: its outgoing \"Also read\" links "
                + "(each resolved or dangling) and the articles linking to it, with their anchor titles."},
        "  alsoread links https://example.com/fix-printer-offline/",
        "  alsoread links https://example.com/not-crawled-yet/ --in   (who links to it)",
        "  alsoread links https://example.com/fix-printer-offline/ --out --json");
    CommonOptions.declareOn(spec);
    spec.addPositional(CommandDeclarations.parameter("URL", "Any URL."));
    // --in or --out; neither means both
    spec.addArgGroup(ArgGroupSpec.builder().exclusive(true).multiplicity("0..1")
        .addArg(CommandDeclarations.flag("--in", "Only inbound links.").required(true).build())
        .addArg(CommandDeclarations.flag("--out", "Only outgoing links.").required(true).build())
        .build());
  }

  @Override
  public Integer call() throws IOException {
    CliContext context = context();
    String url = parsed().matchedPositionalValue(0, "");
    boolean onlyIn = parsed().matchedOptionValue("--in", false);
    boolean onlyOut = parsed().matchedOptionValue("--out", false);
    boolean showOut = !onlyIn;
    boolean showIn = !onlyOut;
    try {
      AlsoRead.requireUrl(url); // a usage error comes before any trouble with the index
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(ExitCodes.USAGE, e.getMessage());
    }
    try (Engine engine = Indexes.openForOneRequest(context, indexDir())) {
      Neighbourhood links = engine.links(url);
      if (json()) {
        Neighbourhood shown =
            new Neighbourhood(links.url(), links.indexed(), showOut ? links.out() : List.of(), showIn ? links.in() : List.of());
        new JsonOutput(context.out(), context.outTerminal()).links(shown);
      } else {
        new ArticlePrinter(HumanOutput.stdout(context), context.workingDir()).links(links, showOut, showIn);
      }
    }
    return ExitCodes.OK;
  }
}
