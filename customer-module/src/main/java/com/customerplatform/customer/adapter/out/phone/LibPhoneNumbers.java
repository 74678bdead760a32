package com.customerplatform.customer.adapter.out.phone;

import com.customerplatform.customer.application.port.out.PhoneNumbers;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/** Google's libphonenumber: numbers must be international ({@code +} and country code) and valid for their region. */
public class LibPhoneNumbers implements PhoneNumbers {

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    @Override
    public Optional<String> toE164(String raw) {
        if (raw.length() > 40) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = phones.parse(raw, "ZZ");
            return phones.isValidNumber(number)
                    ? Optional.of(phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException invalid) {
            return Optional.empty();
        }
    }
}
