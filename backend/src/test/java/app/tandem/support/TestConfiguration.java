package app.tandem.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
public class TestConfiguration {

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
	}

	@Bean
	Company company() {
		return new Company();
	}

}
