import { useState, type FormEvent } from 'react';
import type { Kit } from '../../shared/schemas/kit.ts';
import type { KitAttributeCategory, KitSection } from '../../shared/schemas/kitDefinition.ts';
import { api } from '../api/api.ts';
import { ApiCallError } from '../api/ApiCallError.ts';
import { routeHref } from '../lib/routeHref.ts';
import type { Navigate } from '../lib/Navigate.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Icon } from '../ui/Icon.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import { blankKit } from './blankKit.ts';
import type { KitDraft } from './KitDraft.ts';
import { KitPart } from './KitPart.tsx';
import { KitTextField } from './KitTextField.tsx';
import { moveItem } from './moveItem.ts';
import { newPartId } from './newPartId.ts';
import { SmallButton } from './SmallButton.tsx';

/** The kit form: name, description, sections of questions and categories of attributes, each reorderable. */
export function KitEditor({ kit, navigate }: { kit: Kit | null; navigate: Navigate }) {
  const announce = useAnnounce();
  const [draft, setDraft] = useState<KitDraft>(
    kit ? { name: kit.name, description: kit.description, definition: kit.definition } : blankKit,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const sections = draft.definition.sections;
  const categories = draft.definition.attributeCategories;

  const setSections = (next: KitSection[]) =>
    setDraft({ ...draft, definition: { ...draft.definition, sections: next } });
  const setCategories = (next: KitAttributeCategory[]) =>
    setDraft({ ...draft, definition: { ...draft.definition, attributeCategories: next } });
  const updateSection = (index: number, change: Partial<KitSection>) =>
    setSections(sections.map((section, at) => (at === index ? { ...section, ...change } : section)));
  const updateCategory = (index: number, change: Partial<KitAttributeCategory>) =>
    setCategories(categories.map((category, at) => (at === index ? { ...category, ...change } : category)));
  const error = (path: string) => errors[path];

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    setErrors({});
    try {
      const saved = kit
        ? await api.kits.update({ id: kit.id, changes: draft })
        : await api.kits.create(draft);
      announce(`Kit “${saved.name}” saved.`);
      if (!kit) navigate({ name: 'kit', id: saved.id });
    } catch (caught) {
      if (caught instanceof ApiCallError && caught.code === 'invalid_input') {
        const byPath: Record<string, string> = {};
        for (const [path, message] of Object.entries(caught.fieldErrors()))
          byPath[path.replace(/^changes\./, '')] = message;
        setErrors(byPath);
      }
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!kit) return;
    setBusy(true);
    try {
      await api.kits.delete({ id: kit.id });
      announce(`Kit “${kit.name}” deleted. Past interviews keep their copy.`);
      navigate({ name: 'kits' });
    } catch (caught) {
      setFailure(caught);
      setConfirmingDelete(false);
      setBusy(false);
    }
  }

  return (
    <section className="page page-narrow" aria-labelledby="kit-title">
      <a className="back-link" href={routeHref({ name: 'kits' })}>
        <Icon name="arrowLeft" />
        All kits
      </a>
      <header className="page-header">
        <h1 id="kit-title" className="page-title" tabIndex={-1}>
          {kit ? `Edit “${kit.name}”` : 'New kit'}
        </h1>
        {kit && (
          <div className="page-actions">
            <button
              type="button"
              className="button button-danger-quiet"
              onClick={() => setConfirmingDelete(true)}
            >
              <Icon name="trash" />
              Delete kit
            </button>
          </div>
        )}
      </header>
      <form className="kit-form" onSubmit={save} noValidate>
        <div className="card kit-card">
          <KitTextField
            id="kit-name"
            label="Name"
            value={draft.name}
            error={error('name')}
            onChange={(name) => setDraft({ ...draft, name })}
          />
          <KitTextField
            id="kit-description"
            label="Description"
            multiline
            value={draft.description}
            error={error('description')}
            onChange={(description) => setDraft({ ...draft, description })}
          />
        </div>

        <h2 className="kit-heading">Questions</h2>
        {error('definition.sections') && <p className="field-error">{error('definition.sections')}</p>}
        {sections.map((section, sectionIndex) => (
          <KitPart
            key={section.id}
            legend={`Section ${sectionIndex + 1}${section.title ? `: ${section.title}` : ''}`}
            actions={
              <>
                <SmallButton
                  label="Move section up"
                  disabled={sectionIndex === 0}
                  onClick={() => setSections(moveItem(sections, sectionIndex, -1))}
                />
                <SmallButton
                  label="Move section down"
                  disabled={sectionIndex === sections.length - 1}
                  onClick={() => setSections(moveItem(sections, sectionIndex, 1))}
                />
                <SmallButton
                  label="Remove section"
                  danger
                  onClick={() => setSections(sections.filter((_, at) => at !== sectionIndex))}
                />
              </>
            }
          >
            <KitTextField
              id={`section-${section.id}`}
              label="Section title"
              value={section.title}
              error={error(`definition.sections.${sectionIndex}.title`)}
              onChange={(title) => updateSection(sectionIndex, { title })}
            />
            <ol className="kit-question-list">
              {section.questions.map((question, questionIndex) => {
                const setQuestions = (next: typeof section.questions) =>
                  updateSection(sectionIndex, { questions: next });
                const base = `definition.sections.${sectionIndex}.questions.${questionIndex}`;
                return (
                  <li key={question.id} className="kit-question-item">
                    <KitPart
                      legend={`Question ${questionIndex + 1}`}
                      actions={
                        <>
                          <SmallButton
                            label="Move question up"
                            disabled={questionIndex === 0}
                            onClick={() => setQuestions(moveItem(section.questions, questionIndex, -1))}
                          />
                          <SmallButton
                            label="Move question down"
                            disabled={questionIndex === section.questions.length - 1}
                            onClick={() => setQuestions(moveItem(section.questions, questionIndex, 1))}
                          />
                          <SmallButton
                            label="Remove question"
                            danger
                            onClick={() =>
                              setQuestions(section.questions.filter((_, at) => at !== questionIndex))
                            }
                          />
                        </>
                      }
                    >
                      <KitTextField
                        id={`question-${question.id}`}
                        label="Question"
                        multiline
                        value={question.text}
                        error={error(`${base}.text`)}
                        onChange={(text) =>
                          setQuestions(
                            section.questions.map((item, at) =>
                              at === questionIndex ? { ...item, text } : item,
                            ),
                          )
                        }
                      />
                      <KitTextField
                        id={`guidance-${question.id}`}
                        label="Guidance for the interviewer (optional)"
                        multiline
                        value={question.guidance}
                        error={error(`${base}.guidance`)}
                        onChange={(guidance) =>
                          setQuestions(
                            section.questions.map((item, at) =>
                              at === questionIndex ? { ...item, guidance } : item,
                            ),
                          )
                        }
                      />
                    </KitPart>
                  </li>
                );
              })}
            </ol>
            <SmallButton
              label="Add question"
              onClick={() =>
                updateSection(sectionIndex, {
                  questions: [...section.questions, { id: newPartId(), text: '', guidance: '' }],
                })
              }
            />
          </KitPart>
        ))}
        <SmallButton
          label="Add section"
          onClick={() => setSections([...sections, { id: newPartId(), title: '', questions: [] }])}
        />

        <h2 className="kit-heading">Scorecard</h2>
        <p className="muted">Attributes are rated Strong no, No, Yes, Strong yes, or No decision.</p>
        {categories.map((category, categoryIndex) => (
          <KitPart
            key={category.id}
            legend={`Category ${categoryIndex + 1}${category.name ? `: ${category.name}` : ''}`}
            actions={
              <>
                <SmallButton
                  label="Move category up"
                  disabled={categoryIndex === 0}
                  onClick={() => setCategories(moveItem(categories, categoryIndex, -1))}
                />
                <SmallButton
                  label="Move category down"
                  disabled={categoryIndex === categories.length - 1}
                  onClick={() => setCategories(moveItem(categories, categoryIndex, 1))}
                />
                <SmallButton
                  label="Remove category"
                  danger
                  onClick={() => setCategories(categories.filter((_, at) => at !== categoryIndex))}
                />
              </>
            }
          >
            <KitTextField
              id={`category-${category.id}`}
              label="Category name"
              value={category.name}
              error={error(`definition.attributeCategories.${categoryIndex}.name`)}
              onChange={(name) => updateCategory(categoryIndex, { name })}
            />
            <ol className="kit-question-list">
              {category.attributes.map((attribute, attributeIndex) => {
                const setAttributes = (next: typeof category.attributes) =>
                  updateCategory(categoryIndex, { attributes: next });
                const base = `definition.attributeCategories.${categoryIndex}.attributes.${attributeIndex}`;
                return (
                  <li key={attribute.id} className="kit-question-item">
                    <KitPart
                      legend={`Attribute ${attributeIndex + 1}`}
                      actions={
                        <>
                          <SmallButton
                            label="Move attribute up"
                            disabled={attributeIndex === 0}
                            onClick={() => setAttributes(moveItem(category.attributes, attributeIndex, -1))}
                          />
                          <SmallButton
                            label="Move attribute down"
                            disabled={attributeIndex === category.attributes.length - 1}
                            onClick={() => setAttributes(moveItem(category.attributes, attributeIndex, 1))}
                          />
                          <SmallButton
                            label="Remove attribute"
                            danger
                            onClick={() =>
                              setAttributes(category.attributes.filter((_, at) => at !== attributeIndex))
                            }
                          />
                        </>
                      }
                    >
                      <KitTextField
                        id={`attribute-${attribute.id}`}
                        label="Attribute"
                        value={attribute.name}
                        error={error(`${base}.name`)}
                        onChange={(name) =>
                          setAttributes(
                            category.attributes.map((item, at) =>
                              at === attributeIndex ? { ...item, name } : item,
                            ),
                          )
                        }
                      />
                      <KitTextField
                        id={`attribute-description-${attribute.id}`}
                        label="What a strong candidate shows (optional)"
                        value={attribute.description}
                        error={error(`${base}.description`)}
                        onChange={(description) =>
                          setAttributes(
                            category.attributes.map((item, at) =>
                              at === attributeIndex ? { ...item, description } : item,
                            ),
                          )
                        }
                      />
                    </KitPart>
                  </li>
                );
              })}
            </ol>
            <SmallButton
              label="Add attribute"
              onClick={() =>
                updateCategory(categoryIndex, {
                  attributes: [...category.attributes, { id: newPartId(), name: '', description: '' }],
                })
              }
            />
          </KitPart>
        ))}
        <SmallButton
          label="Add category"
          onClick={() => setCategories([...categories, { id: newPartId(), name: '', attributes: [] }])}
        />
        <label className="checkbox kit-require-notes">
          <input
            type="checkbox"
            // Kits saved before this setting have none: they ask for no notes.
            checked={draft.definition.requireRatingNotes === true}
            onChange={(event) =>
              setDraft({
                ...draft,
                definition: { ...draft.definition, requireRatingNotes: event.target.checked },
              })
            }
          />
          Require a note for each rating
        </label>

        {failure !== null && <ErrorAlert title="The kit was not saved." error={failure} />}
        <div className="kit-save">
          <p className="muted">Interviews already started keep the kit as it was when they started.</p>
          <button type="submit" className="button button-primary" disabled={busy}>
            Save kit
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={confirmingDelete}
        title={`Delete “${kit?.name ?? ''}”?`}
        confirmLabel="Delete kit"
        destructive
        busy={busy}
        onConfirm={remove}
        onClose={() => setConfirmingDelete(false)}
      >
        <p>New interviews can no longer use it. Interviews that used it keep their own copy.</p>
      </ConfirmDialog>
    </section>
  );
}
