package org.govbuy.platform.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.govbuy.platform.Region;
import org.govbuy.platform.Regions;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RegionLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regions from the CSV files under {@code classpath:regions/} (统计用区划代码 2023, following
 * GB/T 2260): every province, and every city and county of the provinces named in
 * {@code govbuy.regions.detailed-provinces} (default 山东省, the demo province). Imported
 * once, idempotently; divisions never change at run time, so they are cached.
 */
@Service
class RegionDirectory implements Regions {

	private static final Logger log = LoggerFactory.getLogger(RegionDirectory.class);

	static final RegionCode NATIONAL = new RegionCode("000000");

	private final JdbcClient jdbc;

	private final Set<String> detailedProvinces;

	private final ConcurrentHashMap<RegionCode, Optional<Region>> cache = new ConcurrentHashMap<>();

	RegionDirectory(JdbcClient jdbc, @Value("${govbuy.regions.detailed-provinces:37}") Set<String> detailedProvinces) {
		this.jdbc = jdbc;
		this.detailedProvinces = detailedProvinces;
	}

	/** Loads the divisions that are not in the table yet; returns how many were added. */
	@Transactional
	int importFromClasspath() throws IOException {
		List<Region> regions = new ArrayList<>();
		regions.add(new Region(NATIONAL, "全国", RegionLevel.NATIONAL, null, false));
		for (String[] row : csv("regions/provinces.csv")) {
			regions.add(new Region(new RegionCode(row[0] + "0000"), row[1], RegionLevel.PROVINCE, NATIONAL, false));
		}
		for (String[] row : csv("regions/cities.csv")) {
			if (detailedProvinces.contains(row[2])) {
				regions.add(new Region(new RegionCode(row[0] + "00"), row[1], RegionLevel.CITY,
						new RegionCode(row[2] + "0000"), false));
			}
		}
		for (String[] row : csv("regions/areas.csv")) {
			if (detailedProvinces.contains(row[3])) {
				int county = Integer.parseInt(row[0].substring(4));
				regions.add(new Region(new RegionCode(row[0]), row[1], RegionLevel.COUNTY,
						new RegionCode(row[2] + "00"), county >= 71 && county <= 79));
			}
		}
		int added = 0;
		for (Region region : regions) {
			added += jdbc.sql("""
					insert into platform.region (code, name, level, parent_code, zone)
					values (:code, :name, :level, :parent, :zone) on conflict (code) do nothing""")
				.param("code", region.code().value())
				.param("name", region.name())
				.param("level", region.level().name())
				.param("parent", region.parent() == null ? null : region.parent().value())
				.param("zone", region.zone())
				.update();
		}
		if (added > 0) {
			log.info("已导入 {} 个行政区划", added);
		}
		cache.clear();
		return added;
	}

	@Override
	public Optional<Region> find(RegionCode code) {
		return cache.computeIfAbsent(code,
				key -> jdbc.sql("select * from platform.region where code = :code")
					.param("code", key.value())
					.query((rs, row) -> map(rs))
					.optional());
	}

	@Override
	public List<Region> children(RegionCode code) {
		return jdbc.sql("select * from platform.region where parent_code = :code order by code")
			.param("code", code.value())
			.query((rs, row) -> map(rs))
			.list();
	}

	@Override
	public List<Region> path(RegionCode code) {
		List<Region> path = new ArrayList<>();
		Optional<Region> current = find(code);
		while (current.isPresent()) {
			path.add(0, current.get());
			current = current.get().parent() == null ? Optional.empty() : find(current.get().parent());
		}
		return path;
	}

	private static Region map(java.sql.ResultSet rs) throws java.sql.SQLException {
		String parent = rs.getString("parent_code");
		return new Region(new RegionCode(rs.getString("code")), rs.getString("name"),
				RegionLevel.valueOf(rs.getString("level")), parent == null ? null : new RegionCode(parent),
				rs.getBoolean("zone"));
	}

	private static List<String[]> csv(String path) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank()) {
					String[] cells = line.split(",");
					for (int i = 0; i < cells.length; i++) {
						cells[i] = cells[i].replace("\"", "").trim();
					}
					rows.add(cells);
				}
			}
		}
		return rows;
	}

}
