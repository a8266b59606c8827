package io.alsoread.cli;

import io.alsoread.ArticleView;
import java.io.IOException;
import java.util.Optional;

/** {@code alsoread show}: every stored field of one article, with its outgoing and inbound links. */
final class ShowCommand extends Subcommand {

  ShowCommand(AlsoReadCommand parent) {
    super(parent, "show",
        new String[] {
            "Show one article: every stored field, its \"Also read\" links (each resolved or dangling) and "
                + "the articles linking to it. The URL is normalised first (http/https, index.html, trailing /)."},
        "  alsoread show https://example.com/fix-printer-offline/",
        "  alsoread show http://EXAMPLE.com/fix-printer-offline/index.html  (the same)",
        "  alsoread show https://example.com/fix-printer-offline/ --json | jq .links");
    CommonOptions.declareOn(spec);
    spec.addPositional(CommandDeclarations.parameter("URL", "The article's URL."));
  }

  @Override
  public Integer call() throws IOException {
    CliContext context = context();
    String url = parsed().matchedPositionalValue(0, "");
    try (Engine engine = Indexes.openForOneRequest(context, indexDir())) {
      Optional<ArticleView> article = engine.article(url);
      if (article.isEmpty()) {
        throw new CommandFailure(ExitCodes.USAGE, "no article with URL " + url + " in the index (`alsoread links URL` shows links to it)");
      }
      if (json()) {
        new JsonOutput(context.out(), context.outTerminal()).article(article.get());
      } else {
        new ArticlePrinter(HumanOutput.stdout(context), context.workingDir()).article(article.get());
      }
    }
    return ExitCodes.OK;
  }
}
