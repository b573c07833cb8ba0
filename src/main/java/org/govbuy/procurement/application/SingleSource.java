package org.govbuy.procurement.application;

import java.util.List;

import org.govbuy.procurement.domain.NoticeContentPolicy;

/**
 * What a 单一来源 公示 states (74令 §38).
 *
 * @param supplier the proposed only supplier
 * @param supplierAddress its address
 * @param reason why only it can provide the service
 * @param opinions the experts' opinions with names, employers and titles
 */
public record SingleSource(String supplier, String supplierAddress, String reason,
		List<NoticeContentPolicy.ExpertOpinion> opinions) {
}
