package io.alsoread.cli;

import io.alsoread.SearchRequest;
import io.alsoread.SearchResult;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code alsoread search}: ranked hits and facet counts for a query. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
        "Search the index: ranked hits (one per content cluster unless --all) and facet counts.",
        "QUERY uses Lucene's classic syntax: terms, \"phrases\", AND/OR/NOT, +/-, prefix*, fuzzy~, "
            + "and the fields title, body, keywords, tag, category, site, url, date, links_to, anchor. "
            + "Several QUERY words are joined with spaces; no QUERY means all articles."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  alsoread search printer offline",
        "  alsoread search '\"printer offline\" AND title:fix' --tag win10 --tag windows-11",
        "  alsoread search drivers --category hardware/tech --from 2024-01 --sort newest",
        "  alsoread search --site example.com --year 2023 --limit 50 --offset 50",
        "  alsoread search -- -windows printer   (a query starting with '-' goes after --)",
        "  alsoread search printer --json | jq '.facets.tag'"})
final class SearchCommand implements Callable<Integer> {

  @ParentCommand
  AlsoReadCommand parent;

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (several words are joined with spaces).")
  List<String> query = new ArrayList<>();

  @Option(names = "--tag", paramLabel = "T", description = "Only articles with tag T (repeat: any of them).")
  List<String> tags = new ArrayList<>();

  @Option(names = "--category", paramLabel = "C", description = "Only articles in category path C, like hardware/tech, or below it (repeat: any).")
  List<String> categories = new ArrayList<>();

  @Option(names = "--site", paramLabel = "S", description = "Only articles of site S (repeat: any).")
  List<String> sites = new ArrayList<>();

  @Option(names = "--year", paramLabel = "Y", description = "Only articles published in year Y (repeat: any).")
  List<String> years = new ArrayList<>();

  @Option(names = "--from", paramLabel = "DATE", converter = DateBound.From.class,
      description = "Published on or after DATE (2024-07-25, 2024-07 or 2024).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = DateBound.To.class,
      description = "Published on or before DATE (a month or year means its last day).")
  LocalDate to;

  @Option(names = "--sort", paramLabel = "ORDER", converter = SortConverter.class, completionCandidates = SortConverter.class,
      description = "relevance (default), newest or oldest.")
  SearchRequest.Sort sort = SearchRequest.Sort.RELEVANCE;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits per page (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip, for paging (default: 0).")
  int offset;

  @Option(names = "--all", description = "Every copy: do not collapse articles with the same content.")
  boolean all;

  @Override
  public Integer call() throws IOException {
    if (limit < 0 || offset < 0) {
      throw new ParameterException(spec.commandLine(), (limit < 0 ? "--limit" : "--offset") + " must not be negative");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
    }
    SearchRequest request = request();
    CliContext context = parent.context();
    try (Engine engine = Indexes.openForOneRequest(context, parent.indexDir(common))) {
      SearchResult result = engine.search(request);
      if (parent.json(common)) {
        new JsonOutput(context.out(), context.outTerminal()).search(result, offset, limit);
      } else {
        new SearchPrinter(HumanOutput.stdout(context)).print(result, offset, request.collapse());
      }
    }
    return ExitCodes.OK;
  }

  SearchRequest request() {
    return SearchRequest.of(String.join(" ", query))
        .withTags(tags)
        .withCategories(categories)
        .withSites(sites)
        .withYears(years)
        .withDates(from, to)
        .withSort(sort)
        .withPage(limit, offset)
        .withCollapse(!all);
  }
}
