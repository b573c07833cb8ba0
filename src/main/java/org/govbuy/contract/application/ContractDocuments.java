package org.govbuy.contract.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.contract.document.ContractPdf;
import org.govbuy.contract.document.ContractText;
import org.govbuy.contract.document.PersonalDataMasker;
import org.govbuy.contract.domain.MandatoryClauses.Clause;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The contract as a PDF: the full text for the parties and finance, the redacted version
 * (secret clauses withheld, 条例50) for the portal.
 */
@Service
public class ContractDocuments {

	private final Contracts contracts;

	private final String font;

	private volatile ContractPdf pdf;

	ContractDocuments(Contracts contracts, @Value("${govbuy.pdf.font:}") String font) {
		this.contracts = contracts;
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

	private static Masked masked(Contracts.Contract contract) {
		PersonalDataMasker masker = new PersonalDataMasker();
		List<PersonalDataMasker.Mask> masks = new ArrayList<>();
		java.util.function.Function<String, String> mask = value -> {
			PersonalDataMasker.Result result = masker.mask(value);
			masks.addAll(result.masks());
			return result.text();
		};
		String title = mask.apply(contract.title());
		String purchaser = mask.apply(contract.unitName());
		String provider = mask.apply(contract.providerName());
		Map<Clause, String> clauses = new LinkedHashMap<>();
		contract.clauses()
			.forEach((clause, value) -> clauses.put(clause,
					contract.secretClauses().contains(clause) ? value : mask.apply(value)));
		return new Masked(new ContractText(contract.number(), title, purchaser, provider, contract.amount(),
				contract.startsOn(), contract.endsOn(), clauses, contract.signedOn()), List.copyOf(masks));
	}

	/** The file name a download offers. */
	public static String fileName(Contracts.Contract contract, boolean published) {
		return contract.number() + (published ? "-公开版" : "") + ".pdf";
	}

	private static ContractText text(Contracts.Contract contract) {
		return new ContractText(contract.number(), contract.title(), contract.unitName(), contract.providerName(),
				contract.amount(), contract.startsOn(), contract.endsOn(), contract.clauses(), contract.signedOn());
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
