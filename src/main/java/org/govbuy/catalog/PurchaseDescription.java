package org.govbuy.catalog;

/**
 * What a purchaser says it wants to buy, for the negative-list check: a name and
 * description (searched for keywords, which only warn) and declared attributes (which
 * decide).
 *
 * @param name the purchase's name, e.g. 社区居家养老上门服务
 * @param description what it covers
 * @param goods buys goods (原材料、燃料、设备、产品)
 * @param works buys construction (新建、改建、扩建、装修、拆除、修缮)
 * @param infrastructure buys infrastructure construction, land preparation or 农田水利
 * @param worksServiceBundle bundles construction with services
 * @param financing is financing (loans, 融资租赁)
 * @param staffHiring hires the purchaser's staff, uses 劳务派遣 or sets up 公益性岗位
 * @param directGovernmentDuty is a duty the government must perform itself
 * @param notGovernmentDuty is not a government duty at all
 * @param excludedByLaw is excluded by another law, regulation or State Council rule
 * @param privatePremisesRepair repairs leaders' offices or other private premises (seed
 * 000)
 * @param classifiedPrinting prints classified documents (seed 000)
 */
public record PurchaseDescription(String name, String description, boolean goods, boolean works, boolean infrastructure,
		boolean worksServiceBundle, boolean financing, boolean staffHiring, boolean directGovernmentDuty,
		boolean notGovernmentDuty, boolean excludedByLaw, boolean privatePremisesRepair, boolean classifiedPrinting) {

	/** A description with nothing declared. */
	public static PurchaseDescription of(String name, String description) {
		return new PurchaseDescription(name, description, false, false, false, false, false, false, false, false, false,
				false, false);
	}

	public PurchaseDescription declaringGoods() {
		return new PurchaseDescription(name, description, true, works, infrastructure, worksServiceBundle, financing,
				staffHiring, directGovernmentDuty, notGovernmentDuty, excludedByLaw, privatePremisesRepair,
				classifiedPrinting);
	}

	public PurchaseDescription declaringWorks() {
		return new PurchaseDescription(name, description, goods, true, infrastructure, worksServiceBundle, financing,
				staffHiring, directGovernmentDuty, notGovernmentDuty, excludedByLaw, privatePremisesRepair,
				classifiedPrinting);
	}

	public PurchaseDescription declaringFinancing() {
		return new PurchaseDescription(name, description, goods, works, infrastructure, worksServiceBundle, true,
				staffHiring, directGovernmentDuty, notGovernmentDuty, excludedByLaw, privatePremisesRepair,
				classifiedPrinting);
	}

	public PurchaseDescription declaringStaffHiring() {
		return new PurchaseDescription(name, description, goods, works, infrastructure, worksServiceBundle, financing,
				true, directGovernmentDuty, notGovernmentDuty, excludedByLaw, privatePremisesRepair,
				classifiedPrinting);
	}

	/** Whether an attribute is declared, by its name (as the negative list stores it). */
	public boolean declares(String attribute) {
		return switch (attribute) {
			case "goods" -> goods;
			case "works" -> works;
			case "infrastructure" -> infrastructure;
			case "worksServiceBundle" -> worksServiceBundle;
			case "financing" -> financing;
			case "staffHiring" -> staffHiring;
			case "directGovernmentDuty" -> directGovernmentDuty;
			case "notGovernmentDuty" -> notGovernmentDuty;
			case "excludedByLaw" -> excludedByLaw;
			case "privatePremisesRepair" -> privatePremisesRepair;
			case "classifiedPrinting" -> classifiedPrinting;
			default -> false;
		};
	}

	/** Name and description together, for the keyword search. */
	public String text() {
		return (name == null ? "" : name) + " " + (description == null ? "" : description);
	}

}
