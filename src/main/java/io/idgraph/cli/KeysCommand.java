package io.idgraph.cli;

import io.idgraph.auth.ApiKey;
import io.idgraph.auth.ApiKeyStore;
import io.idgraph.auth.CreatedKey;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code idgraph keys create|list|revoke}: API keys for the HTTP server. */
@Command(
    name = "keys",
    subcommands = {
      KeysCommand.Create.class,
      KeysCommand.ListKeys.class,
      KeysCommand.Revoke.class,
      KeysCommand.RotateSigning.class
    })
final class KeysCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static ApiKeyStore store(DataDirOption data) {
    return new ApiKeyStore(data.dataDir().keys(), Clock.systemUTC());
  }

  @Command(name = "create")
  static final class Create implements Callable<Integer> {
    @Mixin DataDirOption data;

    @Option(names = "--name", required = true, paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      CreatedKey created = store(data).create(name);
      System.out.println(created.token());
      System.err.println(
          "idgraph: created key "
              + created.key().id()
              + " named "
              + created.key().name()
              + "; the token above is shown only now");
      return 0;
    }
  }

  @Command(name = "list")
  static final class ListKeys implements Callable<Integer> {
    @Mixin DataDirOption data;

    @Override
    public Integer call() {
      List<ApiKey> keys = store(data).list();
      if (keys.isEmpty()) {
        System.err.println("idgraph: no keys; create one with: idgraph keys create --name NAME");
        return 0;
      }
      System.out.printf("%-16s  %-24s  %s%n", "ID", "NAME", "CREATED");
      for (ApiKey key : keys) {
        System.out.printf("%-16s  %-24s  %s%n", key.id(), key.name(), key.createdAt());
      }
      return 0;
    }
  }

  @Command(name = "revoke")
  static final class Revoke implements Callable<Integer> {
    @Mixin DataDirOption data;

    @Parameters(paramLabel = "ID|NAME", description = "The key's id or name.")
    String key;

    @Override
    public Integer call() {
      ApiKey revoked = store(data).revoke(key);
      System.out.println("revoked key " + revoked.id() + " (" + revoked.name() + ")");
      return 0;
    }
  }

  @Command(name = "rotate-signing")
  static final class RotateSigning implements Callable<Integer> {
    @Mixin DataDirOption data;

    @Override
    public Integer call() {
      String kid = io.idgraph.export.ExportService.signingKeys(data.dataDir()).rotate();
      System.err.println(
          "idgraph: new link signing key "
              + kid
              + "; every earlier download and upload link is revoked");
      return 0;
    }
  }
}
