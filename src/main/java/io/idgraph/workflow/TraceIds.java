package io.idgraph.workflow;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Workflow ids (UUIDs) and tool trace ids (32 lowercase hex, an OpenTelemetry trace id). */
public final class TraceIds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private TraceIds() {}

  public static String newTraceId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
