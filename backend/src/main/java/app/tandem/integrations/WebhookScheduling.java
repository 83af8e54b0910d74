package app.tandem.integrations;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The webhook worker polls for due events ({@code tandem.webhooks.poll}, 500 ms). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WebhookScheduling {

}
