package app.tandem.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL-over-WebSocket client speaking graphql-transport-ws by hand (the JDK's
 * WebSocket), so a test sees exactly what a mobile client sees: every message, and the
 * close code when the server hangs up.
 */
public final class GraphQlSocket implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BlockingQueue<Map<String, Object>> messages = new LinkedBlockingQueue<>();

	private final CompletableFuture<Integer> closed = new CompletableFuture<>();

	private final WebSocket socket;

	private GraphQlSocket(int port, Map<String, String> headers) {
		WebSocket.Builder builder = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws");
		headers.forEach(builder::header);
		this.socket = builder.buildAsync(URI.create("ws://localhost:" + port + "/graphql"), new Listener()).join();
	}

	/**
	 * Opens a connection with handshake {@code headers} (e.g. a cookie and an Origin).
	 */
	public static GraphQlSocket open(int port, Map<String, String> headers) {
		return new GraphQlSocket(port, headers);
	}

	public static GraphQlSocket open(int port) {
		return open(port, Map.of());
	}

	/**
	 * Sends connection_init with {@code payload} and returns the server's answer
	 * (connection_ack), or null if it hung up.
	 */
	public Map<String, Object> init(Map<String, Object> payload) {
		send(Map.of("type", "connection_init", "payload", payload));
		return next(Duration.ofSeconds(5));
	}

	public void subscribe(String id, String query, Map<String, Object> variables) {
		send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query, "variables", variables)));
	}

	public void complete(String id) {
		send(Map.of("id", id, "type", "complete"));
	}

	/**
	 * The next message within {@code wait}, skipping pings and pongs; null when none
	 * came.
	 */
	public Map<String, Object> next(Duration wait) {
		long deadline = System.nanoTime() + wait.toNanos();
		try {
			while (true) {
				Map<String, Object> message = this.messages.poll(Math.max(0, deadline - System.nanoTime()),
						TimeUnit.NANOSECONDS);
				if (message == null || !String.valueOf(message.get("type")).startsWith("p")) {
					return message;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/**
	 * The close code the server sent, waiting up to {@code wait}; null when it did not
	 * close.
	 */
	public Integer closeCode(Duration wait) {
		try {
			return this.closed.get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (Exception ex) {
			return null;
		}
	}

	private void send(Map<String, Object> message) {
		this.socket.sendText(JSON.writeValueAsString(message), true).join();
	}

	@Override
	public void close() {
		if (!this.socket.isOutputClosed()) {
			this.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
		}
		this.socket.abort();
	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder text = new StringBuilder();

		@Override
		@SuppressWarnings("unchecked")
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.text.append(data);
			if (last) {
				GraphQlSocket.this.messages.add(JSON.readValue(this.text.toString(), Map.class));
				this.text.setLength(0);
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			GraphQlSocket.this.closed.complete(statusCode);
			return null;
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			GraphQlSocket.this.closed.complete(-1);
		}

	}

}
