package io.alsoread.search;

import io.alsoread.ingest.Link;
import java.io.IOException;
import java.util.List;

/**
 * Six hand-made articles in four content clusters over three sites:
 *
 * <pre>
 * url                     cluster site         date        tags             categories
 * P1 one/printer-offline  c1      one.example  2024-03-05  Win10, Printer   Hardware/Tech
 * P2 two/printer-copy     c1      two.example  2023-12-31  Win10            Hardware
 * P3 three/printer-third  c1      three.ex...  2024-05-01  Win10            Hardware/Tech
 * B  two/bluetooth        c2      two.example  2024-07-01  Win11, Bluetooth Network
 * G  three/gpu-driver     c3      three.ex...  undated     GPU              Hardware/GPU; Drivers
 * R  one/resume           c4      one.example  2022-01-10  Café             Life
 * </pre>
 */
final class SampleCorpus {
  static final String P1 = "https://one.example/printer-offline/";
  static final String P2 = "https://two.example/printer-copy/";
  static final String P3 = "https://three.example/printer-third/";
  static final String B = "https://two.example/bluetooth/";
  static final String G = "https://three.example/gpu-driver/";
  static final String R = "https://one.example/resume/";

  static final String PRINTER_BODY =
      "Fix a printer that shows offline.\n\n"
          + "Step 1: Restart the print spooler\n\n"
          + "Open the Services window, find the Print Spooler service and restart it. "
          + "Many users report that this brings the printer back online within seconds. "
          + "If it does not, check the cable & the <network> settings before you try anything else.\n\n"
          + "Step 2: Update the printer driver\n\n"
          + "A stale driver is the second most common cause.";

  private SampleCorpus() {}

  static List<TestIndex.Entry> entries() {
    return List.of(
        new TestIndex.A(P1).title("Printer Offline Fix").body(PRINTER_BODY)
            .description("How to fix an offline printer").keywords("printer offline", "spooler")
            .tags("Win10", "Printer").category("Hardware", "Tech").date("2024-03-05T10:00:00Z")
            .cluster("c1").anchors("printer offline help").inlinks(1).entry(),
        new TestIndex.A(P2).title("Printer Offline? Try This").body(PRINTER_BODY)
            .tags("Win10").category("Hardware").date("2023-12-31T23:00:00Z").cluster("c1").entry(),
        new TestIndex.A(P3).title("Your printer is offline").body(PRINTER_BODY)
            .tags("Win10").category("Hardware", "Tech").date("2024-05-01T08:00:00Z").cluster("c1").entry(),
        new TestIndex.A(B).title("Bluetooth not working on Windows 11")
            .body("Bluetooth keeps disconnecting from the headset. Meet at the café to test pairing. "
                + "Turn Bluetooth off and on, then remove the device and pair it again.")
            .tags("Win11", "Bluetooth").category("Network").date("2024-07-01T00:00:00Z").cluster("c2").entry(),
        new TestIndex.A(G).title("NVIDIA driver crashes")
            .body("The display driver keeps crashing while gaming. Roll back the drivers.")
            .tags("GPU").category("Hardware", "GPU").category("Drivers").cluster("c3")
            .links(new Link(P1, "Printer Offline Fix"), new Link("https://elsewhere.example/x/", "Elsewhere")).entry(),
        new TestIndex.A(R).title("Résumé writing").body("A naïve résumé is not enough; write it at the Café.")
            .tags("Café").category("Life").date("2022-01-10T12:00:00Z").cluster("c4").entry());
  }

  /** The sample as an index, in two segments so that cluster ordinals are global. */
  static TestIndex index() throws IOException {
    return new TestIndex(entries(), 4);
  }
}
