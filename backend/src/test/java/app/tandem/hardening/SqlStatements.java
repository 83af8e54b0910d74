package app.tandem.hardening;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

/**
 * Records every SQL statement the application prepares: the DataSource bean is wrapped (a
 * JDK proxy over all its interfaces, so unwrap() still reaches Hikari) and so is every
 * connection it hands out. A test calls {@link #reset()} before an attack and
 * {@link #recorded()} after. Statements of background jobs (Spring's {@code scheduling-}
 * threads) are left out: they are not the request's.
 */
@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
public class SqlStatements {

	private static final Set<String> PREPARE = Set.of("prepareStatement", "prepareCall", "createStatement");

	private static final List<String> statements = Collections.synchronizedList(new ArrayList<>());

	public static void reset() {
		statements.clear();
	}

	public static List<String> recorded() {
		synchronized (statements) {
			return List.copyOf(statements);
		}
	}

	@Bean
	static BeanPostProcessor sqlRecordingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass()))
						? proxy(dataSource, dataSource.getClass()) : bean;
			}

		};
	}

	private static Object proxy(Object target, Class<?> type) {
		InvocationHandler handler = (proxy, method, args) -> {
			// A background job (the webhook worker polling on Spring's scheduling
			// threads) is not the request's.
			if (PREPARE.contains(method.getName()) && !Thread.currentThread().getName().startsWith("scheduling-")) {
				statements
					.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : method.getName());
			}
			try {
				Object result = method.invoke(target, args);
				return ("getConnection".equals(method.getName()) && result instanceof Connection connection)
						? proxy(connection, Connection.class) : result;
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		Class<?>[] interfaces = type == Connection.class ? new Class<?>[] { Connection.class }
				: ClassUtils.getAllInterfacesForClass(type);
		return Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), interfaces, handler);
	}

}
