package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FairWorkQueueTest {
  /** A job that records its name when it runs, or "rejected:" + name. */
  private static final class Recorded implements FairWorkQueue.Job {
    final String name;
    final List<String> log;
    final CountDownLatch done;

    Recorded(String name, List<String> log, CountDownLatch done) {
      this.name = name;
      this.log = log;
      this.done = done;
    }

    @Override
    public void run() {
      log.add(name);
      done.countDown();
    }

    @Override
    public void reject(String message) {
      log.add("rejected:" + name + ":" + message);
      done.countDown();
    }
  }

  /** Submits a job for {@code client} that holds the queue's one worker until the latch opens. */
  private static CountDownLatch occupyTheOnlyWorker(FairWorkQueue queue, String client)
      throws InterruptedException {
    CountDownLatch blocker = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    queue.submit(
        client,
        new FairWorkQueue.Job() {
          @Override
          public void run() {
            started.countDown();
            try {
              blocker.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }

          @Override
          public void reject(String message) {}
        });
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    return blocker;
  }

  @Test
  void submit_servesClientsInTurnNotInArrivalOrder() throws Exception {
    FairWorkQueue queue =
        new FairWorkQueue(1, 100, Duration.ofSeconds(30), new SimpleMeterRegistry());
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch blocker = occupyTheOnlyWorker(queue, "busy");
    CountDownLatch done = new CountDownLatch(6);
    for (int i = 1; i <= 4; i++) {
      queue.submit("busy", new Recorded("busy" + i, log, done));
    }
    queue.submit("quiet", new Recorded("quiet1", log, done));
    queue.submit("quiet", new Recorded("quiet2", log, done));
    blocker.countDown();
    assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(log).containsExactly("busy1", "quiet1", "busy2", "quiet2", "busy3", "busy4");
    queue.close();
  }

  @Test
  void submit_rejectsWhenTheQueueIsFullOrOneClientHoldsItsShare() throws Exception {
    FairWorkQueue queue =
        new FairWorkQueue(1, 4, Duration.ofSeconds(30), new SimpleMeterRegistry());
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch blocker = occupyTheOnlyWorker(queue, "a");
    CountDownLatch done = new CountDownLatch(6);
    queue.submit("a", new Recorded("a1", log, done));
    queue.submit("a", new Recorded("a2", log, done)); // over a's share of 4 / 4 = 1
    queue.submit("b", new Recorded("b1", log, done));
    queue.submit("c", new Recorded("c1", log, done));
    queue.submit("d", new Recorded("d1", log, done));
    queue.submit("e", new Recorded("e1", log, done)); // the queue holds 4
    assertThat(log)
        .hasSize(2)
        .anyMatch(l -> l.startsWith("rejected:a2:this client already has 1 requests waiting"))
        .anyMatch(l -> l.startsWith("rejected:e1:the server is busy"));
    blocker.countDown();
    assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(log.subList(2, 6)).containsExactly("a1", "b1", "c1", "d1");
    queue.close();
  }
}
