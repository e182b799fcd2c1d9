package io.idgraph.cli;

import io.idgraph.build.Explainer;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.PersonIds;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code idgraph explain}: which records make a built person and what joined them. */
@Command(name = "explain")
final class ExplainCommand extends DataDirCommand {
  @Parameters(paramLabel = "PERSON_ID", description = "A person id from a build.")
  String personId;

  @Override
  public Integer call() throws IOException {
    Long id = PersonIds.parse(personId);
    if (id == null) {
      throw IdgraphException.invalid(
          "PERSON_ID must be a positive integer, got '" + personId + "'");
    }
    var explanation = new Explainer(data.dataDir().build()).explain(id);
    JsonOut.pretty(explanation);
    return 0;
  }
}
