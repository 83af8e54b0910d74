package app.tandem.shared;

import java.nio.file.Path;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Makes the embedded default's data folder private before anything writes into it (a bean
 * factory post-processor runs before the data source opens the H2 file), and again once
 * the application is ready, for the files H2 created meanwhile. Not used when the
 * database is elsewhere (MySQL).
 */
@Configuration(proxyBeanMethods = false)
class DataFolderConfiguration {

	@Bean
	static BeanFactoryPostProcessor privateDataFolder(Environment environment) {
		return (beanFactory) -> folder(environment).ifPresent(DataFolder::secure);
	}

	@Bean
	static ApplicationListener<ApplicationReadyEvent> privateDataFiles(Environment environment) {
		return (event) -> folder(environment).ifPresent(DataFolder::secure);
	}

	/** The data folder when the embedded H2 database lives in it. */
	private static java.util.Optional<Path> folder(Environment environment) {
		String url = environment.getProperty("spring.datasource.url", "");
		String dir = environment.getProperty("tandem.data-dir");
		if (dir == null || !url.startsWith("jdbc:h2:file:")) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(Path.of(dir));
	}

}
