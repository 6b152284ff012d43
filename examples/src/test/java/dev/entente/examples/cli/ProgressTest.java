package dev.entente.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ProgressTest {

  @Test
  void clock_showsMinutesAndSeconds_andHoursPastAnHour() {
    assertEquals(
        List.of("0:00", "0:09", "1:05", "59:59", "1:02:03"),
        List.of(
            Progress.clock(Duration.ZERO),
            Progress.clock(Duration.ofMillis(8_600)),
            Progress.clock(Duration.ofSeconds(65)),
            Progress.clock(Duration.ofSeconds(3_599)),
            Progress.clock(Duration.ofSeconds(3_723))));
  }
}
