package io.idgraph.mcp;

import io.idgraph.audit.AuditLog;
import io.idgraph.auth.Caller;
import io.idgraph.graph.Domain;
import io.idgraph.graph.IdType;
import io.idgraph.graph.Json;
import io.idgraph.graph.PersonRecord;
import io.idgraph.store.EntryLog;
import io.idgraph.store.IdentityStore;
import io.idgraph.workflow.WorkflowLog;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.IntNode;

/**
 * Gets a server ready before it takes calls: first it reads the store's serving index into memory
 * ({@link IdentityStore#pageIn}), then it runs the lookup tools on the server's own graph, so that
 * the JIT has compiled their code paths when the first client arrives. Both come out of one time
 * budget. On a 1M-person graph the first ten resolves of 1,000 emails after the warm-up took 96-110
 * ms (median), with about 1,000 page faults each, without the read, and 44 ms with it (1.75 GB read
 * in about 1 s; docs/PERFORMANCE.md). The launcher keeps the heap from shrinking below what the
 * warm-up touched.
 *
 * <p>It reads persons by the ids 1 to 1,000 (graphs made by {@code idgraph generate} and most
 * loaded graphs number persons from 1) and resolves their own emails, phones and addresses; on a
 * graph without those ids it resolves made-up emails, which all miss. Nothing leaves the process:
 * no result, workflow log, audit entry or metric is kept.
 */
final class WarmUp {
  /**
   * How many rounds are enough: a round is four calls of up to 1,000 values, and a cold server's
   * latency settled after about 150 calls.
   */
  static final int MAX_ROUNDS = 100;

  /**
   * Smaller graphs are not warmed: they are tried out or tested, and their servers start and stop
   * often. The demo's 100,000 persons are warmed.
   */
  static final long MIN_PERSONS = 100_000;

  private static final int SAMPLE = 1000;
  private static final JsonNode REQUEST_ID = IntNode.valueOf(1);
  private static final List<String> ALL_DOMAINS = Arguments.wireNames(Domain.values());

  /** What the warm-up did: bytes of the index read, rounds run, and how long it took. */
  record Summary(long pagedIn, int rounds, Duration took) {}

  private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

  private final IdgraphTool resolve;
  private final IdgraphTool person;

  private final ToolRunner runner = keepingNothing();

  WarmUp(IdgraphTool resolve, IdgraphTool person) {
    this.resolve = resolve;
    this.person = person;
  }

  /** Runs rounds until {@link #MAX_ROUNDS} or {@code budget} has passed, whichever comes first. */
  Summary run(IdentityStore store, Duration budget) {
    long start = System.nanoTime();
    long deadline = start + budget.toNanos();
    long pagedIn = store.pageIn(budget);
    List<String> personIds = new ArrayList<>(SAMPLE);
    long[] ids = new long[SAMPLE];
    for (int i = 0; i < SAMPLE; i++) {
      ids[i] = i + 1L;
      personIds.add(Long.toString(i + 1));
    }
    Map<IdType, List<String>> identifiers = identifiersOf(store.persons(ids, Set.of()));
    int rounds = 0;
    try {
      while (rounds < MAX_ROUNDS && System.nanoTime() < deadline) {
        call(person, Map.of("person_ids", personIds, "domains", ALL_DOMAINS));
        for (Map.Entry<IdType, List<String>> typed : identifiers.entrySet()) {
          call(
              resolve,
              Map.of("id_type", typed.getKey().wireName(), "identifiers", typed.getValue()));
        }
        rounds++;
      }
    } catch (RuntimeException e) {
      // a warm-up only saves time: the server starts anyway; the message may quote data
      LOG.warn("the warm-up stopped after {} rounds: {}", rounds, e.getClass().getName());
    }
    return new Summary(pagedIn, rounds, Duration.ofNanos(System.nanoTime() - start));
  }

  /** The persons' own identifiers by type; made-up emails when none of the ids is a person. */
  private static Map<IdType, List<String>> identifiersOf(List<PersonRecord> persons) {
    Map<IdType, List<String>> byType = new EnumMap<>(IdType.class);
    for (IdType type : EnumSet.of(IdType.EMAIL, IdType.PHONE, IdType.ADDRESS)) {
      List<String> values = new ArrayList<>();
      for (PersonRecord record : persons) {
        if (record != null && !record.contacts(type).isEmpty()) {
          values.add(record.contacts(type).get(0).value());
        }
      }
      if (!values.isEmpty()) {
        byType.put(type, values);
      }
    }
    if (byType.isEmpty()) {
      List<String> madeUp = new ArrayList<>(SAMPLE);
      for (int i = 0; i < SAMPLE; i++) {
        madeUp.add("Warm.Up" + i + "@Example.com");
      }
      byType.put(IdType.EMAIL, madeUp);
    }
    return byType;
  }

  /**
   * One call the way a client's comes in: arguments read from JSON into the maps and lists the
   * JSON-RPC layer makes, the tool run by a {@link ToolRunner} (workflow log, audit and metrics
   * included), and the reply streamed. The code compiled here then meets the same types as a
   * client's calls; other types would undo it at the first real call.
   */
  private void call(IdgraphTool tool, Map<String, Object> arguments) {
    CallToolResult result = runner.run(tool, asParsed(arguments), "http", Caller.STDIO);
    ToolCallReply reply = ToolCallReply.of(REQUEST_ID, result, false);
    if (reply != null) {
      reply.writeTo(OutputStream.nullOutputStream());
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asParsed(Map<String, Object> arguments) {
    return Json.MAPPER.convertValue(Json.MAPPER.valueToTree(arguments), Map.class);
  }

  /** A runner whose workflow log, audit log and metrics keep nothing. */
  private static ToolRunner keepingNothing() {
    return new ToolRunner(
        new WorkflowLog(EntryLog.NONE), new ToolMetrics(), Clock.systemUTC(), AuditLog.NONE);
  }
}
