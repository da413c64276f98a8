import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;

/**
 * Jena ARQ (in memory) for the query mix: like the peers' PeerBench (same load, same timing: query
 * parsed and executed, results materialised) but every query form, each file run once in the order given.
 *   MixJena --data FILE --out DIR [--timeout-s N] Q.rq...
 * SELECT and ASK go to DIR/NAME.srj, CONSTRUCT and DESCRIBE to DIR/NAME.nt; stderr gets
 * TIMING load_ms=... and TIMING query=NAME rows=N ms=M (rows = triples for a graph) or ERROR query=NAME.
 */
public class MixJena {
    public static void main(String[] args) throws Exception {
        String data = null, out = null;
        long timeoutS = 0;
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data": data = args[++i]; break;
                case "--out": out = args[++i]; break;
                case "--timeout-s": timeoutS = Long.parseLong(args[++i]); break;
                default: queries.add(args[i]);
            }
        }
        long t0 = System.nanoTime();
        Dataset ds = DatasetFactory.createGeneral();
        RDFDataMgr.read(ds, data);
        System.err.printf(Locale.ROOT, "TIMING load_ms=%.1f triples=%d%n", (System.nanoTime() - t0) / 1e6,
                Txn.calculateRead(ds, () -> ds.getDefaultModel().size()));
        Files.createDirectories(Path.of(out));
        for (String qf : queries) {
            String name = Path.of(qf).getFileName().toString().replaceFirst("\\.rq$", "");
            String text = Files.readString(Path.of(qf), StandardCharsets.UTF_8);
            Object[] answer = new Object[1];
            final long timeout = timeoutS;
            long s = System.nanoTime();
            try {
                Txn.executeRead(ds, () -> {
                    Query q = QueryFactory.create(text);
                    try (QueryExecution qe = QueryExecution.create().query(q).dataset(ds)
                            .timeout(timeout > 0 ? timeout : -1, TimeUnit.SECONDS).build()) {
                        if (q.isAskType()) answer[0] = qe.execAsk();
                        else if (q.isConstructType()) answer[0] = qe.execConstruct();
                        else if (q.isDescribeType()) answer[0] = qe.execDescribe();
                        else answer[0] = ResultSetFactory.makeRewindable(qe.execSelect());
                    }
                });
            } catch (RuntimeException e) {
                System.err.printf(Locale.ROOT, "ERROR query=%s ms=%.2f %s%n", name, (System.nanoTime() - s) / 1e6,
                        e.toString().replace('\n', ' '));
                continue;
            }
            double ms = (System.nanoTime() - s) / 1e6;
            long rows;
            if (answer[0] instanceof Model m) {
                rows = m.size();
                try (OutputStream os = new FileOutputStream(Path.of(out, name + ".nt").toFile())) {
                    RDFDataMgr.write(os, m, Lang.NTRIPLES);
                }
            } else {
                try (OutputStream os = new FileOutputStream(Path.of(out, name + ".srj").toFile())) {
                    if (answer[0] instanceof Boolean b) { rows = 1; ResultSetFormatter.outputAsJSON(os, b); }
                    else {
                        ResultSetRewindable rs = (ResultSetRewindable) answer[0];
                        rows = rs.size();
                        rs.reset();
                        ResultSetFormatter.outputAsJSON(os, rs);
                    }
                }
            }
            System.err.printf(Locale.ROOT, "TIMING query=%s rows=%d ms=%.2f%n", name, rows, ms);
        }
    }
}
