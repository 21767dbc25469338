// The company's name as the shared profile saved it, read straight from storage. Pages that print the
// name but use nothing else of the profile (the KPI builder, the matrix) need not load the profile
// store for it, and a synchronous read can answer in `beforeprint`, where an import would be too late.
import { SITE } from '@/site';
import { companyNameOf } from '@/models/profile/company-name';
import { readStored } from './persisted';
import { engine, installStorageEngine } from './storage-engine';

/** The profile store's name in storage (profile.ts); the version is part of it. */
export const PROFILE_STORE_NAME = 'profile:v1';

/** The saved company name; '' when none is saved, or storage holds something that is not a profile. */
export function savedCompanyName(): string {
  installStorageEngine();
  const text = engine?.[`${SITE.storagePrefix}${PROFILE_STORE_NAME}`];
  return text === undefined ? '' : readStored(text, companyNameOf, '');
}
