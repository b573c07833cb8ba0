package org.govbuy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * GovBuy: the whole lifecycle of government purchase of services (政府购买服务), from the
 * guiding catalog to the performance evaluation that decides next year's purchases.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "GovBuy", sharedModules = "shared")
public class GovBuyApplication {

	public static void main(String[] args) {
		SpringApplication.run(GovBuyApplication.class, args);
	}

}
