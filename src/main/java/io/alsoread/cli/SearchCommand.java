package io.alsoread.cli;

import io.alsoread.SearchRequest;
import io.alsoread.SearchResult;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.ParseResult;

/** {@code alsoread search}: ranked hits and facet counts for a query. */
final class SearchCommand extends Subcommand {

  SearchCommand(AlsoReadCommand parent) {
    super(parent, "search",
        new String[] {
            "Search the index: ranked hits (one per content cluster unless --all) and facet counts.",
            "QUERY uses Lucene's classic syntax: terms, \"phrases\", AND/OR/NOT, +/-, prefix*, fuzzy~, "
                + "and the fields " + String.join(", ", ReplHelp.FIELDS) + ". "
                + "Several QUERY words are joined with spaces; no QUERY means all articles."},
        "  alsoread search printer offline",
        "  alsoread search '\"printer offline\"' --tag win10 --tag 'windows 11'",
        "  alsoread search drivers --category hardware/tech --from 2024-01 --sort newest",
        "  alsoread search --site example.com --year 2023 --limit 50 --offset 50",
        "  alsoread search -- -windows printer    (a query that starts with '-')",
        "  alsoread search printer --json | jq '.facets.tag'");
    CommonOptions.declareOn(spec);
    spec.addPositional(CommandDeclarations.parameters("QUERY", "The query (several words are joined with spaces)."));
    spec.addOption(CommandDeclarations.repeatable("--tag", "T", "Only articles with tag T (repeat: any of them).").build());
    spec.addOption(CommandDeclarations.repeatable("--category", "C",
        "Only articles in category path C, like hardware/tech, or below it (repeat: any).").build());
    spec.addOption(CommandDeclarations.repeatable("--site", "S", "Only articles of site S (repeat: any).").build());
    spec.addOption(CommandDeclarations.repeatable("--year", "Y", "Only articles published in year Y (repeat: any).")
        .converters(year -> {
          if (!SearchRequest.isYearFilter(year)) {
            throw new TypeConversionException("expected a year like 2024, not '" + year + "'");
          }
          return year.strip();
        }).build());
    spec.addOption(CommandDeclarations.option("--from", LocalDate.class, "DATE",
            "Published on or after DATE (2024-07-25, 2024-07 or 2024; a time means its day in UTC).")
        .converters(new DateBound.From()).build());
    spec.addOption(CommandDeclarations.option("--to", LocalDate.class, "DATE",
            "Published on or before DATE (a month or year means its last day).")
        .converters(new DateBound.To()).build());
    spec.addOption(CommandDeclarations.option("--sort", SearchRequest.Sort.class, "ORDER", "relevance (default), newest or oldest.")
        .converters(new SortConverter()).completionCandidates(new SortConverter()).build());
    spec.addOption(CommandDeclarations.option("--limit", int.class, "N", "Hits per page (default: ${DEFAULT-VALUE}).")
        .defaultValue(String.valueOf(SearchRequest.DEFAULT_LIMIT)).build());
    spec.addOption(CommandDeclarations.option("--offset", int.class, "N", "Hits to skip, for paging (default: 0).")
        .defaultValue("0").build());
    spec.addOption(CommandDeclarations.flag("--all", "Every copy: do not collapse articles with the same content.").build());
  }

  @Override
  public Integer call() throws IOException {
    ParseResult parsed = parsed();
    int limit = parsed.matchedOptionValue("--limit", SearchRequest.DEFAULT_LIMIT);
    int offset = parsed.matchedOptionValue("--offset", 0);
    LocalDate from = parsed.matchedOptionValue("--from", null);
    LocalDate to = parsed.matchedOptionValue("--to", null);
    if (limit < 0 || offset < 0) {
      throw new ParameterException(spec.commandLine(), (limit < 0 ? "--limit" : "--offset") + " must not be negative");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
    }
    SearchRequest request = SearchRequest.of(String.join(" ", parsed.matchedPositionalValue(0, List.<String>of())))
        .withTags(parsed.matchedOptionValue("--tag", List.of()))
        .withCategories(parsed.matchedOptionValue("--category", List.of()))
        .withSites(parsed.matchedOptionValue("--site", List.of()))
        .withYears(parsed.matchedOptionValue("--year", List.of()))
        .withDates(from, to)
        .withSort(parsed.matchedOptionValue("--sort", SearchRequest.Sort.RELEVANCE))
        .withPage(limit, offset)
        .withCollapse(!parsed.matchedOptionValue("--all", false));
    CliContext context = context();
    try (Engine engine = Indexes.openForOneRequest(context, indexDir())) {
      SearchResult result = engine.search(request);
      if (json()) {
        new JsonOutput(context.out(), context.outTerminal()).search(result, offset, limit);
      } else {
        new SearchPrinter(HumanOutput.stdout(context)).print(result, offset, request.collapse());
      }
    }
    return ExitCodes.OK;
  }
}
