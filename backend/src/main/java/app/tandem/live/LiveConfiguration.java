package app.tandem.live;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Redis pub/sub between instances when {@code spring.data.redis.host} or {@code .url} is
 * set; in memory otherwise.
 */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

	@Bean
	@ConditionalOnExpression("'${spring.data.redis.host:}' != '' or '${spring.data.redis.url:}' != ''")
	Relay redisRelay(RedisConnectionFactory connections,
			@Value("${tandem.live.channel:tandem:kpis-changed}") String channel) {
		return new RedisRelay(connections, channel);
	}

	@Bean
	@ConditionalOnMissingBean(Relay.class)
	Relay localRelay() {
		return new LocalRelay();
	}

}
