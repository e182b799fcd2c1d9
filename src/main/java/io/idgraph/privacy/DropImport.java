package io.idgraph.privacy;

import io.idgraph.csv.CsvWriter;
import io.idgraph.files.DiskTrouble;
import io.idgraph.files.PrivateFiles;
import io.idgraph.graph.HashType;
import io.idgraph.normalize.NormalizeResult;
import io.idgraph.privacy.DropList.Entry;
import io.idgraph.privacy.DropList.ListType;
import io.idgraph.store.IndexKeys;
import io.idgraph.store.Link;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies a DROP list: each hash is matched against the hashes idgraph files every identifier under
 * (the SHA-256 of the trimmed lowercase email, of the phone's last 10 digits, of the lowercase
 * MAID: the DROP standardization), then a hash that matches one person deletes them, one that
 * matches several opts them all out (it cannot be verified to be one consumer), and the result is
 * written as {@code Id,Status} (3 deleted, 4 opted out, 5 not found). Every match is made before
 * anything changes; a hash whose person was deleted by an earlier import answers 3 again.
 */
public final class DropImport {
  public static final String DELETED = "3";
  public static final String OPTED_OUT = "4";
  public static final String NOT_FOUND = "5";

  private final PrivacyService service;

  /** What an import did. */
  public record Summary(int deleted, int optedOut, int notFound, int withdrawnEntries) {}

  private record Planned(Entry entry, Set<Long> persons, String status) {}

  /** Matches and applies through {@code service}, on its store and privacy state. */
  public DropImport(PrivacyService service) {
    this.service = service;
  }

  public Summary apply(DropList list, Path statusFile) {
    List<Planned> plan = new ArrayList<>(list.entries().size());
    int withdrawn = 0;
    for (Entry e : list.entries()) {
      if (e.list() == ListType.REMOVED) {
        withdrawn++;
      } else {
        plan.add(match(e));
      }
    }
    int deleted = 0;
    int optedOut = 0;
    int notFound = 0;
    for (Planned p : plan) {
      switch (p.status()) {
        case DELETED -> {
          if (!p.persons().isEmpty()) {
            service.apply(RequestKind.DELETE, selectors(p.persons()), "drop-import");
            service.state().suppression().addAll(List.of(dropMark(p.entry())));
          }
          deleted++;
        }
        case OPTED_OUT -> {
          service.apply(RequestKind.OPTOUT, selectors(p.persons()), "drop-import");
          optedOut++;
        }
        default -> notFound++;
      }
    }
    writeStatus(plan, statusFile);
    return new Summary(deleted, optedOut, notFound, withdrawn);
  }

  private Planned match(Entry e) {
    if (e.list().idType == null) {
      return new Planned(e, Set.of(), NOT_FOUND);
    }
    NormalizeResult n = service.normalizer().normalize(e.list().idType, HashType.SHA256, e.hash());
    Set<Long> persons = new LinkedHashSet<>();
    if (n.isOk()) {
      for (Link link :
          service.store().lookup(List.of(IndexKeys.forLookup(HashType.SHA256, n.value()))).get(0)) {
        persons.add(link.personId());
      }
    }
    if (persons.size() == 1) {
      return new Planned(e, persons, DELETED);
    }
    if (persons.size() > 1) {
      return new Planned(e, persons, OPTED_OUT);
    }
    boolean deletedBefore = service.state().suppression().contains(dropMark(e));
    return new Planned(e, Set.of(), deletedBefore ? DELETED : NOT_FOUND);
  }

  /** What remembers that a DROP hash's person was deleted (the hash itself is not kept). */
  private String dropMark(Entry e) {
    return service.state().hmac().mac("drop:" + e.list().name() + ":" + e.hash());
  }

  private static List<Selector> selectors(Set<Long> persons) {
    List<Selector> out = new ArrayList<>(persons.size());
    persons.forEach(id -> out.add(Selector.person(id)));
    return out;
  }

  private static void writeStatus(List<Planned> plan, Path file) {
    Path absolute = file.toAbsolutePath();
    Path temp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
    try {
      PrivateFiles.createDirectories(absolute.getParent());
      try (OutputStream out = Files.newOutputStream(temp);
          CsvWriter csv = new CsvWriter(out)) {
        csv.record(List.of("Id", "Status"));
        for (Planned p : plan) {
          csv.record(List.of(p.entry().id(), p.status()));
        }
      }
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw DiskTrouble.failure("write " + file, e);
    }
  }
}
