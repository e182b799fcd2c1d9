package io.idgraph.cli;

import io.idgraph.resolve.ResolveRequest;
import picocli.CommandLine.Option;

/** The --region option of the commands that read phones: where national numbers are from. */
final class RegionOption {
  @Option(
      names = "--region",
      defaultValue = "US",
      paramLabel = "CC",
      description =
          "Region of phones written without a country code, e.g. GB reads 020 7946 0958 as"
              + " +44 20 7946 0958 (default US).")
  String region;

  /** The region code, checked (a bad one is a usage error naming --region). */
  String value() {
    return ResolveRequest.region(region, "--region");
  }
}
