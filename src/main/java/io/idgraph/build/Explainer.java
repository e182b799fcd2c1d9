package io.idgraph.build;

import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code idgraph explain}: the records a built person is made of, and the identifiers (or address
 * and name) that several of them share, which is what joined them.
 */
public final class Explainer {
  /** One record of the person. */
  public record RecordView(
      String source,
      String recordId,
      String firstName,
      String lastName,
      String updatedAt,
      List<String> identifiers) {}

  /** A link: an identifier and the records that share it. */
  public record LinkView(String identifier, List<String> records) {}

  /** The explanation; {@code mergedFrom} lists ids that earlier builds merged into this one. */
  public record Explanation(
      String personId,
      List<RecordView> records,
      List<LinkView> joinedBy,
      List<String> mergedFrom) {}

  private final BuildState state;

  public Explainer(Path buildDir) {
    this.state = new BuildState(buildDir);
  }

  public Explanation explain(long personId) throws IOException {
    List<SourceRecord> records = new ArrayList<>();
    for (String source : state.sources()) {
      try (BufferedReader in = GraphBuilder.reader(state.records(source))) {
        String line;
        while ((line = in.readLine()) != null) {
          SourceRecord r = Json.MAPPER.readValue(line, SourceRecord.class);
          if (r.personId() == personId) {
            records.add(r);
          }
        }
      }
    }
    if (records.isEmpty()) {
      String into = new ChangeLog(state.dir()).survivorOf(Long.toString(personId));
      throw IdgraphException.invalid(
          into != null
              ? "person " + personId + " was merged into " + into + "; run idgraph explain " + into
              : "no built person has id " + personId + "; idgraph changes lists removed ids");
    }
    List<RecordView> views = new ArrayList<>();
    Map<String, List<String>> shared = new LinkedHashMap<>();
    for (SourceRecord r : records) {
      List<String> ids = new ArrayList<>();
      for (RecordIdentifier id : r.identifiers()) {
        String shown = id.type().wireName() + ":" + id.display();
        ids.add(shown);
        String link = id.type() == IdType.ADDRESS ? shown + " + name " + lastName(r) : shown;
        List<String> refs = shared.computeIfAbsent(link, k -> new ArrayList<>());
        if (!refs.contains(r.ref())) {
          refs.add(r.ref());
        }
      }
      views.add(
          new RecordView(
              r.source(), r.recordId(), r.firstName(), r.lastName(), r.updatedAt(), ids));
    }
    List<LinkView> links = new ArrayList<>();
    shared.forEach(
        (id, refs) -> {
          if (refs.size() > 1) {
            links.add(new LinkView(id, refs));
          }
        });
    List<String> mergedFrom = new ChangeLog(state.dir()).mergedInto(Long.toString(personId));
    return new Explanation(Long.toString(personId), views, links, mergedFrom);
  }

  private static String lastName(SourceRecord r) {
    return r.lastName() == null ? "(none)" : r.lastName();
  }
}
