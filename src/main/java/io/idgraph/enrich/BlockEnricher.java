package io.idgraph.enrich;

import io.idgraph.csv.CsvRecord;
import io.idgraph.csv.CsvWriter;
import io.idgraph.csv.TextWriter;
import io.idgraph.graph.Echo;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.profile.Profile;
import io.idgraph.profile.ProfileService;
import io.idgraph.resolve.IdentifierGroup;
import io.idgraph.resolve.InvalidIdentifier;
import io.idgraph.resolve.ResolveRequest;
import io.idgraph.resolve.ResolveResult;
import io.idgraph.resolve.Resolver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Enriches one block of rows: one resolve call for all of the block's values (deduplicated by
 * column type), each row's best person, one get_person call per 1,000 winners, then the rows
 * rendered in order. One instance per block, so blocks can run on several threads.
 */
final class BlockEnricher {

  private final Resolver resolver;
  private final ProfileService profiles;
  private final EnrichPlan plan;
  private final StringBuilder text = new StringBuilder(1 << 16);
  private final BestPersonChooser chooser;
  private final List<ColumnBinding> bindings;
  private final long minUnits;
  private final int width;
  private final RowWriter rowWriter;

  long rows;
  long written;
  long matched;
  long invalidValues;
  long raggedRows;

  BlockEnricher(Resolver resolver, ProfileService profiles, EnrichPlan plan) {
    this.resolver = resolver;
    this.profiles = profiles;
    this.plan = plan;
    this.chooser = new BestPersonChooser(plan.options().tiebreaker());
    this.bindings = plan.bindings();
    this.minUnits = Scores.units(plan.options().minScore());
    this.width = plan.header().size();
    this.rowWriter = new RowWriter(new CsvWriter(new TextWriter(text)), plan.columns());
  }

  /** The block's output rows, rendered as CSV text. */
  CharSequence text() {
    return text;
  }

  void enrich(List<CsvRecord> block) {
    int n = bindings.size();
    String[] values = new String[block.size() * n];
    Map<String, Group> groups = new LinkedHashMap<>();
    for (int r = 0; r < block.size(); r++) {
      List<String> fields = block.get(r).fields();
      for (int k = 0; k < n; k++) {
        ColumnBinding b = bindings.get(k);
        String v = b.value(fields);
        values[r * n + k] = v;
        if (v != null) {
          groups
              .computeIfAbsent(b.criterionType(), t -> new Group(b.type(), b.hash()))
              .values
              .add(v);
        }
      }
    }
    List<IdentifierGroup> request = new ArrayList<>(groups.size());
    groups
        .values()
        .forEach(g -> request.add(new IdentifierGroup(g.type, g.hash, new ArrayList<>(g.values))));
    ResolveResult result =
        resolver.resolve(
            new ResolveRequest(
                request, List.of(), 0, Integer.MAX_VALUE, plan.options().defaultRegion()));
    MatchIndex index = MatchIndex.of(result);
    Map<String, String> invalid = new HashMap<>();
    for (InvalidIdentifier bad : result.invalidIdentifiers()) {
      invalid.putIfAbsent(MatchIndex.key(bad.idType(), bad.value()), bad.reason());
    }

    BestPersonChooser.Choice[] choices = new BestPersonChooser.Choice[block.size()];
    String[] notes = new String[block.size()];
    Set<Long> winners = new LinkedHashSet<>();
    StringBuilder note = new StringBuilder();
    for (int r = 0; r < block.size(); r++) {
      note.setLength(0);
      choices[r] = choose(values, r, index, invalid, note);
      raggedNote(block.get(r).fields().size(), note);
      notes[r] = note.length() == 0 ? null : note.toString();
      if (choices[r] != null) {
        winners.add(choices[r].personId());
      }
    }
    Map<Long, Map<String, Object>> attributes = fetch(winners);
    for (int r = 0; r < block.size(); r++) {
      rows++;
      BestPersonChooser.Choice c = choices[r];
      if (c != null) {
        matched++;
      } else if (!plan.options().includeUnmatched()) {
        continue;
      }
      rowWriter.write(
          block.get(r).fields(), c, notes[r], c == null ? null : attributes.get(c.personId()));
      written++;
    }
  }

  private BestPersonChooser.Choice choose(
      String[] values, int r, MatchIndex index, Map<String, String> invalid, StringBuilder note) {
    int n = bindings.size();
    chooser.reset();
    for (int k = 0; k < n; k++) {
      String v = values[r * n + k];
      if (v == null || seenEarlier(values, r, k)) {
        continue;
      }
      ColumnBinding b = bindings.get(k);
      MatchIndex.Hits hits = index.hits(b.criterionType(), v);
      if (hits != null) {
        for (int i = 0; i < hits.size; i++) {
          chooser.add(hits.personIds[i], hits.qualities[i], b.type());
        }
        continue;
      }
      String reason = invalid.get(MatchIndex.key(b.type().wireName(), Echo.cut(v)));
      if (reason != null) {
        invalidValues++;
        append(note, String.join("+", b.names()) + " not used: " + reason);
      }
    }
    BestPersonChooser.Choice best = chooser.best();
    if (best != null && Scores.units(best.score()) < minUnits) {
      append(
          note,
          "best match scored "
              + Scores.format(best.score())
              + ", below the minimum score "
              + Scores.format(plan.options().minScore()));
      return null;
    }
    return best;
  }

  /** True when an earlier column of the same type and hash gave this row the same value. */
  private boolean seenEarlier(String[] values, int r, int k) {
    int n = bindings.size();
    for (int j = 0; j < k; j++) {
      if (values[r * n + k].equals(values[r * n + j])
          && bindings.get(j).criterionType().equals(bindings.get(k).criterionType())) {
        return true;
      }
    }
    return false;
  }

  private void raggedNote(int fields, StringBuilder note) {
    if (fields == width) {
      return;
    }
    raggedRows++;
    append(
        note,
        "row has "
            + fields
            + " fields, the header has "
            + width
            + (fields < width ? "; missing fields read as empty" : "; extra fields dropped"));
  }

  private Map<Long, Map<String, Object>> fetch(Set<Long> winners) {
    Map<Long, Map<String, Object>> out = new HashMap<>(winners.size() * 2);
    if (plan.options().domains().isEmpty() || winners.isEmpty()) {
      return out;
    }
    long[] ids = winners.stream().mapToLong(Long::longValue).toArray();
    for (int from = 0; from < ids.length; from += ProfileService.MAX_IDS) {
      long[] chunk =
          Arrays.copyOfRange(ids, from, Math.min(ids.length, from + ProfileService.MAX_IDS));
      for (Profile p : profiles.profiles(chunk, plan.options().domains())) {
        out.put(Long.parseLong(p.personId()), p.domains());
      }
    }
    return out;
  }

  private static void append(StringBuilder note, String text) {
    if (note.length() > 0) {
      note.append("; ");
    }
    note.append(text);
  }

  private static final class Group {
    final IdType type;
    final HashType hash;
    final Set<String> values = new LinkedHashSet<>();

    Group(IdType type, HashType hash) {
      this.type = type;
      this.hash = hash;
    }
  }
}
