package io.idgraph.mcp;

import io.idgraph.resolve.ResolveRequest;
import io.idgraph.resolve.ResolveResult;
import io.idgraph.resolve.Resolver;
import java.util.Map;

/** resolve_identities. */
final class ResolveTool implements IdgraphTool {
  static final String NAME = "resolve_identities";
  private final Resolver resolver;
  private final int inlineLimit;

  ResolveTool(Resolver resolver, int inlineLimit) {
    this.resolver = resolver;
    this.inlineLimit = inlineLimit;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ToolOutput call(Arguments args, CallContext context) {
    ResolveRequest request = ResolveArguments.parse(args, inlineLimit);
    ResolveResult result = resolver.resolve(request);
    var stats = result.stats();
    return new ToolOutput(
        result,
        stats == null
            ? Map.of()
            : ToolOutput.counts(
                "requested", stats.requested(),
                "resolved", stats.resolved(),
                "matched", stats.matched(),
                "invalid", stats.invalid()));
  }
}
