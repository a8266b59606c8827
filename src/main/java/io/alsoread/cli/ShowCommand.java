package io.alsoread.cli;

import io.alsoread.ArticleView;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code alsoread show}: every stored field of one article, with its outgoing and inbound links. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
        "Show one article: every stored field, its \"Also read\" links (each resolved or dangling) and "
            + "the articles linking to it. The URL is normalised first (http/https, index.html, trailing /)."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  alsoread show https://example.com/fix-printer-offline/",
        "  alsoread show http://EXAMPLE.com/fix-printer-offline/index.html   (same article)",
        "  alsoread show https://example.com/fix-printer-offline/ --json | jq .links"})
final class ShowCommand implements Callable<Integer> {

  @ParentCommand
  AlsoReadCommand parent;

  @Mixin
  CommonOptions common;

  @Parameters(paramLabel = "URL", description = "The article's URL.")
  String url;

  @Override
  public Integer call() throws IOException {
    CliContext context = parent.context();
    try (Engine engine = Indexes.openForOneRequest(context, parent.indexDir(common))) {
      Optional<ArticleView> article = engine.article(url);
      if (article.isEmpty()) {
        throw new CommandFailure(ExitCodes.USAGE, "no article with URL " + url + " in the index (`alsoread links URL` shows links to it)");
      }
      if (parent.json(common)) {
        new JsonOutput(context.out(), context.outTerminal()).article(article.get());
      } else {
        new ArticlePrinter(HumanOutput.stdout(context), context.workingDir()).article(article.get());
      }
    }
    return ExitCodes.OK;
  }
}
