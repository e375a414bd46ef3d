// antd form rules for the registry's fields, using the same checks as the server (packages/shared).
import { isValidCreditCode, isValidIdNumber, isValidPhone } from '@linli/shared';
import type { FormRule as Rule } from 'antd';
import type { TFunction } from 'i18next';
import dayjs from 'dayjs';

const check = (valid: (value: string) => boolean, message: string): Rule => ({
  validator: (_rule, value: unknown) => {
    if (value === undefined || value === null || value === '') return Promise.resolve();
    const text = String(value).trim().toUpperCase();
    return valid(text) ? Promise.resolve() : Promise.reject(new Error(message));
  },
});

export function registryRules(t: TFunction) {
  return {
    required: { required: true, whitespace: true, message: t('organizations:check.required') } as Rule,
    requiredChoice: { required: true, message: t('organizations:check.required') } as Rule,
    max: (max: number): Rule => ({ max, message: t('organizations:check.tooLong', { max }) }),
    phone: check(isValidPhone, t('organizations:check.phone_invalid')),
    idNumber: check(isValidIdNumber, t('organizations:check.id_number_invalid')),
    creditCode: check(isValidCreditCode, t('organizations:check.credit_code_invalid')),
    serviceFields: [
      { required: true, type: 'array', min: 1, message: t('organizations:check.serviceFieldsMin') },
      { type: 'array', max: 10, message: t('organizations:check.serviceFieldsMax') },
    ] as Rule[],
    notInFuture: {
      validator: (_rule, value: unknown) =>
        typeof value === 'string' && value > dayjs().format('YYYY-MM-DD')
          ? Promise.reject(new Error(t('organizations:check.date_in_future')))
          : Promise.resolve(),
    } as Rule,
  };
}

/** Form values keep dates as 'YYYY-MM-DD' strings (as the API does); the DatePicker works on dayjs objects. */
export const dateItemProps = {
  getValueProps: (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value) : null }),
  normalize: (value: dayjs.Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};

export const disableFutureDates = (current: dayjs.Dayjs) => current.isAfter(dayjs(), 'day');
