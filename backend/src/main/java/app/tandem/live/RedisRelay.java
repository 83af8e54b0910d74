package app.tandem.live;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Several instances behind a load balancer: events are published on a Redis channel every
 * instance listens to, so a write on one reaches the subscribers of all. Redis pub/sub
 * keeps nothing: an instance that is down misses events, and its clients reload when they
 * reconnect anyway.
 */
class RedisRelay implements Relay, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RedisRelay.class);

	private final String channel;

	private final StringRedisTemplate redis;

	private final RedisMessageListenerContainer listener = new RedisMessageListenerContainer();

	private final LocalRelay local = new LocalRelay();

	RedisRelay(RedisConnectionFactory connections, String channel) {
		this.channel = channel;
		this.redis = new StringRedisTemplate(connections);
		this.listener.setConnectionFactory(connections);
		this.listener.addMessageListener((message, pattern) -> heard(message.getBody()), new ChannelTopic(channel));
		this.listener.afterPropertiesSet();
		this.listener.start();
	}

	private void heard(byte[] body) {
		try {
			this.local.send(KpisChanged.fromWire(new String(body, StandardCharsets.UTF_8)));
		}
		catch (RuntimeException ex) {
			log.warn("Ignored a malformed live event on {}: {}", this.channel, ex.getMessage());
		}
	}

	@Override
	public void send(KpisChanged event) {
		try {
			this.redis.convertAndSend(this.channel, event.toWire());
		}
		catch (RuntimeException ex) {
			// Redis is down: this instance's own subscribers still hear of the write.
			log.warn("Redis did not take a live event ({}); delivering it on this instance only", ex.getMessage());
			this.local.send(event);
		}
	}

	@Override
	public Flux<KpisChanged> received() {
		return this.local.received();
	}

	@Override
	public void destroy() throws Exception {
		this.listener.destroy();
	}

}
