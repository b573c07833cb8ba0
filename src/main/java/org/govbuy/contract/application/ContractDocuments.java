package org.govbuy.contract.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.govbuy.contract.ContractPerformance;
import org.govbuy.contract.document.ContractPdf;
import org.govbuy.contract.document.ContractText;
import org.govbuy.contract.document.ContractText.Deposit;
import org.govbuy.contract.document.ContractText.Instalment;
import org.govbuy.contract.document.ContractText.Party;
import org.govbuy.contract.document.PersonalDataMasker;
import org.govbuy.contract.domain.MandatoryClauses.Clause;
import org.govbuy.platform.Organizations;
import org.govbuy.provider.ProviderDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The contract as a PDF: the full text for the parties and finance, the redacted version
 * (secret clauses withheld, 条例50) for the portal.
 */
@Service
public class ContractDocuments {

	private final Contracts contracts;

	private final ProviderDirectory providers;

	private final Organizations organizations;

	private final ContractPerformance performance;

	private final String font;

	private volatile ContractPdf pdf;

	ContractDocuments(Contracts contracts, ProviderDirectory providers, Organizations organizations,
			ContractPerformance performance, @Value("${govbuy.pdf.font:}") String font) {
		this.contracts = contracts;
		this.providers = providers;
		this.organizations = organizations;
		this.performance = performance;
		this.font = font;
	}

	/** The full contract, for those who may see it. */
	public byte[] full(UUID contractId) {
		Contracts.Contract contract = contracts.visible(contractId);
		return pdf().render(text(contract));
	}

	/**
	 * The published version; only for published contracts. Secret clauses are withheld
	 * and personal numbers (phones, 身份证号, bank accounts) masked wherever they appear.
	 */
	public byte[] published(UUID contractId) {
		Contracts.Contract contract = contracts.publishedContract(contractId);
		return pdf().redacted(masked(contract).text(), List.copyOf(contract.secretClauses()));
	}

	/**
	 * What the public version masks, for the purchaser before and after publishing: each
	 * number's kind and masked form, never the number itself.
	 */
	public List<PersonalDataMasker.Mask> masks(UUID contractId) {
		return masked(contracts.visible(contractId)).masks();
	}

	/** The public text of a contract and what masking it took. */
	record Masked(ContractText text, List<PersonalDataMasker.Mask> masks) {
	}

	private Masked masked(Contracts.Contract contract) {
		PersonalDataMasker masker = new PersonalDataMasker();
		List<PersonalDataMasker.Mask> masks = new ArrayList<>();
		UnaryOperator<String> mask = value -> {
			PersonalDataMasker.Result result = masker.mask(value);
			masks.addAll(result.masks());
			return result.text();
		};
		ContractText full = text(contract);
		Map<Clause, String> clauses = new LinkedHashMap<>();
		contract.clauses()
			.forEach((clause, value) -> clauses.put(clause,
					contract.secretClauses().contains(clause) ? value : mask.apply(value)));
		List<Instalment> schedule = full.schedule()
			.stream()
			.map(instalment -> new Instalment(mask.apply(instalment.title()), instalment.amount(), instalment.due()))
			.toList();
		return new Masked(
				new ContractText(contract.number(), mask.apply(contract.title()), masked(full.purchaser(), mask),
						masked(full.provider(), mask), contract.amount(), contract.startsOn(), contract.endsOn(),
						clauses, contract.signedOn(), full.deposit(), schedule, full.paymentDays()),
				List.copyOf(masks));
	}

	private static Party masked(Party party, UnaryOperator<String> mask) {
		return new Party(mask.apply(party.name()), mask.apply(party.address()), party.creditCode(),
				party.representative(), party.contact(), mask.apply(party.phone()), party.bank(),
				mask.apply(party.account()));
	}

	/** The file name a download offers. */
	public static String fileName(Contracts.Contract contract, boolean published) {
		return contract.number() + (published ? "-公开版" : "") + ".pdf";
	}

	/**
	 * The contract with its parties' legal details from the provider registry and the
	 * platform's organizations (what is not recorded stays blank), its deposit and its
	 * payment schedule (the milestones with an amount).
	 */
	private ContractText text(Contracts.Contract contract) {
		Party purchaser = new Party(contract.unitName(), null,
				contract.unitId() == null ? null : organizations.creditCodeOf(contract.unitId()).orElse(null), null,
				null, null, null, null);
		Party provider = (contract.providerId() == null ? Optional.<ProviderDirectory.ContractParty>empty()
				: providers.contractParty(contract.providerId()))
			.map(party -> new Party(contract.providerName(), null, party.creditCode(), party.legalRepresentative(),
					party.contactName(), party.contactPhone(), party.bankName(), party.bankAccount()))
			.orElse(Party.named(contract.providerName()));
		Deposit deposit = contract.depositAmount() == null ? null : new Deposit(contract.depositAmount(),
				contract.depositForm() == null ? null : contract.depositForm().label());
		List<Instalment> schedule = performance.schedule(contract.id())
			.stream()
			.map(instalment -> new Instalment(instalment.title(), instalment.amount(), instalment.dueOn()))
			.toList();
		return new ContractText(contract.number(), contract.title(), purchaser, provider, contract.amount(),
				contract.startsOn(), contract.endsOn(), contract.clauses(), contract.signedOn(), deposit, schedule,
				contract.paymentDays());
	}

	private ContractPdf pdf() {
		ContractPdf loaded = pdf;
		if (loaded == null) {
			synchronized (this) {
				if (pdf == null) {
					pdf = new ContractPdf(font);
				}
				loaded = pdf;
			}
		}
		return loaded;
	}

}
