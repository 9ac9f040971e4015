import type { MethodOutput } from '../../shared/contract/ContractTypes.ts';
import {
  candidateImportFields,
  type CandidateImportField,
} from '../../shared/schemas/candidateImportFields.ts';
import { Icon } from '../ui/Icon.tsx';
import { importFieldLabels } from './importFieldLabels.ts';

type Preview = MethodOutput<'candidates.importPreview'>;

/** Each column of the file with the field it will fill, its examples, and a warning when its values would be left out. */
export function ImportMappingTable({
  preview,
  mapping,
  disabled,
  onChange,
}: {
  preview: Preview;
  mapping: Record<string, CandidateImportField>;
  disabled: boolean;
  onChange: (key: string, field: CandidateImportField) => void;
}) {
  return (
    <div className="table-frame">
      <table className="table import-mapping" aria-labelledby="mapping-title">
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Import as</th>
            <th scope="col">Examples</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((column) => {
            const field = mapping[column.key] ?? 'ignore';
            const dropped = field === 'ignore' && column.values > 0;
            return (
              <tr key={column.key}>
                <th scope="row" className="import-column">
                  {column.key}
                </th>
                <td>
                  <div className="select-wrap">
                    <select
                      className="input select"
                      aria-label={`Map column ${column.key}`}
                      value={field}
                      disabled={disabled}
                      onChange={(event) => onChange(column.key, event.target.value as CandidateImportField)}
                    >
                      {candidateImportFields.map((option) => (
                        <option key={option} value={option}>
                          {importFieldLabels[option]}
                        </option>
                      ))}
                    </select>
                    <Icon name="chevronDown" />
                  </div>
                  {dropped && (
                    <p className="field-error">
                      {column.values.toLocaleString()} {column.values === 1 ? 'value' : 'values'} in this
                      column will not be imported.
                    </p>
                  )}
                </td>
                <td className="import-samples">{column.samples.join(' · ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
