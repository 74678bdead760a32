import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Helpers of bench/run that need a library of the service (run with the packaged jar's libraries
 * on the class path, as a single-file program):
 *
 * <pre>
 *   bcrypt COST PASSWORD        prints a bcrypt hash (the seeded users' password)
 *   bcrypt-rate COST SECONDS THREADS
 *                               prints how many hashes a thread computes per second while
 *                               THREADS threads (one per core) hash at once, as sign-ins do
 *   sink AMQP_URI EXCHANGE...   binds a capped queue to every routing key of the exchanges,
 *                               standing in for the consumers events have in production
 * </pre>
 */
public class BenchTools {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "bcrypt" -> System.out.println(BCrypt.hashpw(args[2], BCrypt.gensalt(Integer.parseInt(args[1]))));
            case "bcrypt-rate" -> {
                String hash = BCrypt.hashpw("bench", BCrypt.gensalt(Integer.parseInt(args[1])));
                int threads = Integer.parseInt(args[3]);
                long start = System.nanoTime();
                long until = start + Long.parseLong(args[2]) * 1_000_000_000L;
                AtomicInteger hashes = new AtomicInteger();
                try (ExecutorService hashing = Executors.newFixedThreadPool(threads)) {
                    for (int i = 0; i < threads; i++) {
                        hashing.submit(() -> {
                            while (System.nanoTime() < until) {
                                BCrypt.checkpw("bench", hash);
                                hashes.incrementAndGet();
                            }
                        });
                    }
                }
                System.out.printf("%.2f%n", hashes.get() / ((System.nanoTime() - start) / 1e9) / threads);
            }
            case "sink" -> {
                ConnectionFactory factory = new ConnectionFactory();
                factory.setUri(args[1]);
                try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
                    channel.queueDeclare("bench.sink", true, false, false, Map.of("x-max-length", 10_000));
                    for (int i = 2; i < args.length; i++) {
                        channel.exchangeDeclare(args[i], "topic", true);
                        channel.queueBind("bench.sink", args[i], "#");
                    }
                }
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }
}
