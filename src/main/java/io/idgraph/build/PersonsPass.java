package io.idgraph.build;

import io.idgraph.graph.Json;
import io.idgraph.graph.PersonLineage;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.PersonWrite;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of a build after reading: link all records, assign ids, spill records to buckets by
 * person, assemble each bucket's persons and write the changed ones, then retire merged and removed
 * ids, and record it all in the state and the changelog.
 */
final class PersonsPass {
  private static final int WRITE_BATCH = 1000;
  private final IdentityStore store;
  private final BuildState state;
  private final BuildCounters counters;
  private final GraphBuilder.Progress progress;
  private final List<ChangeLog.Change> changes = new ArrayList<>();
  private final Instant at = Instant.now();

  PersonsPass(
      IdentityStore store,
      BuildState state,
      BuildCounters counters,
      GraphBuilder.Progress progress) {
    this.store = store;
    this.state = state;
    this.counters = counters;
    this.progress = progress;
  }

  /** Returns, per source, its rewritten state file (records with their new person ids). */
  Map<String, Path> run(Map<String, Path> sources, Path tmp) throws IOException {
    Linker linker = new Linker();
    long[] previous = new long[1024];
    int n = 0;
    progress.phase("link", 0);
    for (Path file : sources.values()) {
      try (BufferedReader in = GraphBuilder.reader(file)) {
        String line;
        while ((line = in.readLine()) != null) {
          SourceRecord r = Json.MAPPER.readValue(line, SourceRecord.class);
          previous = GraphBuilder.grow(previous, n);
          previous[n++] = r.personId();
          linker.add(r.firstName(), LinkKeys.of(r));
        }
      }
    }
    counters.records = n;
    Linker.Result link = linker.link();
    counters.sharedIdentifiers = link.sharedKeys().length;
    IdAssigner.Assignment ids =
        IdAssigner.assign(link.root(), Arrays.copyOf(previous, n), state.nextPersonId());
    int buckets =
        (int)
            Math.max(
                1, (n + GraphBuilder.RECORDS_PER_BUCKET - 1) / GraphBuilder.RECORDS_PER_BUCKET);
    Map<String, Path> rewritten = spill(sources, tmp, link.root(), ids.idOfRoot(), buckets);
    BuildState.Digests before = state.digests();
    Digested after = assemble(tmp, buckets, new PersonAssembler(link.sharedKeys()), before);
    retire(before, after, ids);
    state.saveDigests(after.ids, after.digests, after.count);
    state.saveNextPersonId(ids.nextId());
    new ChangeLog(state.dir()).append(changes);
    return rewritten;
  }

  private Map<String, Path> spill(
      Map<String, Path> sources, Path tmp, int[] root, long[] idOfRoot, int buckets)
      throws IOException {
    Map<String, Path> rewritten = new LinkedHashMap<>();
    BufferedWriter[] out = new BufferedWriter[buckets];
    for (int b = 0; b < buckets; b++) {
      out[b] = GraphBuilder.writer(tmp.resolve("bucket-" + b + ".jsonl"));
    }
    int i = 0;
    try {
      for (Map.Entry<String, Path> source : sources.entrySet()) {
        Path target = tmp.resolve("state-" + source.getKey() + ".jsonl");
        rewritten.put(source.getKey(), target);
        try (BufferedReader in = GraphBuilder.reader(source.getValue());
            BufferedWriter w = GraphBuilder.writer(target)) {
          String line;
          while ((line = in.readLine()) != null) {
            long id = idOfRoot[root[i++]];
            SourceRecord r = Json.MAPPER.readValue(line, SourceRecord.class);
            String json = Json.MAPPER.writeValueAsString(r.withPersonId(id));
            w.write(json);
            w.write('\n');
            BufferedWriter bucket = out[(int) Long.remainderUnsigned(mix(id), buckets)];
            bucket.write(json);
            bucket.write('\n');
          }
        }
      }
    } finally {
      for (BufferedWriter w : out) {
        w.close();
      }
    }
    return rewritten;
  }

  /** New persons' ids and digests, sorted by id. */
  private static final class Digested {
    long[] ids = new long[1024];
    long[] digests = new long[1024];
    int count;

    void add(long id, long digest) {
      ids = GraphBuilder.grow(ids, count);
      digests = GraphBuilder.grow(digests, count);
      ids[count] = id;
      digests[count++] = digest;
    }

    void sort() {
      long[] keys = Arrays.copyOf(ids, count);
      int[] order = new int[count];
      for (int i = 0; i < count; i++) {
        order[i] = i;
      }
      PairSort.sort(keys, order, count);
      long[] sorted = new long[count];
      for (int i = 0; i < count; i++) {
        sorted[i] = digests[order[i]];
      }
      ids = keys;
      digests = sorted;
    }

    boolean contains(long id) {
      return Arrays.binarySearch(ids, 0, count, id) >= 0;
    }
  }

  private Digested assemble(
      Path tmp, int buckets, PersonAssembler assembler, BuildState.Digests before)
      throws IOException {
    Digested after = new Digested();
    progress.phase("persons", counters.records);
    long done = 0;
    List<PersonWrite> writes = new ArrayList<>(WRITE_BATCH);
    Map<Long, PersonLineage> lineage = new LinkedHashMap<>();
    for (int b = 0; b < buckets; b++) {
      Map<Long, List<SourceRecord>> persons = new LinkedHashMap<>();
      try (BufferedReader in = GraphBuilder.reader(tmp.resolve("bucket-" + b + ".jsonl"))) {
        String line;
        while ((line = in.readLine()) != null) {
          SourceRecord r = Json.MAPPER.readValue(line, SourceRecord.class);
          persons.computeIfAbsent(r.personId(), x -> new ArrayList<>()).add(r);
        }
      }
      for (Map.Entry<Long, List<SourceRecord>> p : persons.entrySet()) {
        long id = p.getKey();
        List<SourceRecord> records = p.getValue();
        counters.persons++;
        counters.linked += records.size() > 1 ? records.size() : 0;
        PersonAssembler.Assembled a = assembler.assemble(id, records);
        long digest = GraphBuilder.digest(a.write(), a.lineage());
        after.add(id, digest);
        long old = before.digestOf(id);
        if (old != digest) {
          writes.add(a.write());
          lineage.put(id, a.lineage());
          change(old == 0 ? "added" : "updated", id, null, null);
          if (writes.size() == WRITE_BATCH) {
            flush(writes, lineage);
          }
        }
        done += records.size();
        progress.update(done);
      }
    }
    flush(writes, lineage);
    after.sort();
    return after;
  }

  private void flush(List<PersonWrite> writes, Map<Long, PersonLineage> lineage) {
    store.upsert(writes);
    store.putLineage(lineage);
    writes.clear();
    lineage.clear();
  }

  private void retire(BuildState.Digests before, Digested after, IdAssigner.Assignment ids) {
    Map<Long, PersonLineage> merged = new LinkedHashMap<>();
    for (long id : before.ids()) {
      if (after.contains(id)) {
        continue;
      }
      store.delete(id);
      Long into = ids.merged().get(id);
      if (into != null) {
        merged.put(id, PersonLineage.merged(into));
        change("merged", id, Long.toString(into), null);
      } else {
        change("removed", id, null, null);
      }
    }
    store.putLineage(merged);
    ids.splits()
        .forEach(
            (id, parts) -> {
              if (after.contains(id)) {
                change("split", id, null, parts.stream().map(String::valueOf).toList());
              }
            });
  }

  private void change(String kind, long id, String mergedInto, List<String> parts) {
    switch (kind) {
      case "added" -> counters.added++;
      case "updated" -> counters.updated++;
      case "merged" -> counters.merged++;
      case "split" -> counters.split++;
      default -> counters.removed++;
    }
    changes.add(new ChangeLog.Change(at.toString(), kind, Long.toString(id), mergedInto, parts));
  }

  private static long mix(long id) {
    long h = id * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }
}
