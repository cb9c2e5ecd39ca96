import { z } from 'zod';
import { getApplication } from '../../domain/ats/applications.js';
import { addContact, CONTACT_ROLE_LABELS, CONTACT_ROLES, contactProblems, listContacts, MAX_CONTACT_NAME, parseContactRef, parseContactRole, removeContact, type ContactRole } from '../../domain/ats/contacts.js';
import { ui, type Reply } from '../ui.js';
import { applicationTitle } from '../views/format.js';
import { ID_OPTION, idOnly, parseSeq } from './options.js';
import { defineCommand, type ActionDefinition, type CommandContext, type CommandGroup, type FormDefinition } from './types.js';

async function openContactForm(ctx: CommandContext, seq: number): Promise<Reply> {
  const { job } = await getApplication(ctx.services.db, ctx.person.id, seq);
  return ui.form({
    id: 'contact',
    context: String(seq),
    title: `Contact · #${seq} ${job.company}`.slice(0, 45),
    submitLabel: 'Add contact',
    fields: [
      { name: 'name', label: 'Name', kind: 'text', required: true, placeholder: 'Jane Doe' },
      { name: 'email', label: 'Email', kind: 'text', required: false, placeholder: 'jane@acme.com' },
      { name: 'role', label: 'Role', kind: 'select', required: true, initial: 'recruiter', options: CONTACT_ROLES.map((role) => ({ value: role, label: CONTACT_ROLE_LABELS[role] })) },
    ],
  });
}

const addContactCommand = defineCommand({
  name: 'add',
  summary: 'Add a recruiter, hiring manager, referrer or interviewer to an application (opens a form)',
  usage: '/job contact <id>',
  opensForm: true,
  options: [ID_OPTION],
  schema: idOnly,
  run: (ctx, options) => openContactForm(ctx, options.id),
});

export const contactAction: ActionDefinition = { action: 'app.contact', opensForm: true, run: (ctx, value) => openContactForm(ctx, parseSeq(value)) };

export const contactForm: FormDefinition = {
  id: 'contact',
  open: (ctx, context) => openContactForm(ctx, parseSeq(context)),
  async submit(ctx, context, values) {
    const seq = parseSeq(context);
    const name = (values.name ?? '').trim();
    const email = (values.email ?? '').trim() || null;
    const role = parseContactRole(values.role ?? '');
    const errors: Record<string, string> = contactProblems({ name: name.slice(0, MAX_CONTACT_NAME + 1), email });
    if (!role) errors.role = `Role is one of: ${CONTACT_ROLES.map((value) => CONTACT_ROLE_LABELS[value].toLowerCase()).join(', ')}.`;
    if (Object.keys(errors).length) return { ok: false, errors };
    const { job, contact } = await addContact(ctx.services, ctx.person.id, seq, { name, email, role: role as ContactRole });
    const reach = contact.email ? `Drafts about #${seq} go to ${contact.email} when they fit.` : 'Without an email address, drafts name them but you send them yourself.';
    return { ok: true, reply: ui.message([ui.header(applicationTitle(seq, job)), ui.section(`Contact ${seq}.${contact.seq} added: ${contact.name}, ${CONTACT_ROLE_LABELS[role!].toLowerCase()}. ${reach} Only you can see them.`)]) };
  },
};

const listContactsCommand = defineCommand({
  name: 'list',
  summary: "An application's contacts",
  usage: '/job contact list <id>',
  groupWordRequired: true,
  options: [ID_OPTION],
  schema: idOnly,
  async run(ctx, options) {
    const { job, contacts } = await listContacts(ctx.services.db, ctx.person.id, options.id);
    const seq = options.id;
    if (!contacts.length) return ui.message([ui.header(applicationTitle(seq, job)), ui.section(`No contacts yet. /job contact ${seq} adds one.`)]);
    return ui.message([
      ui.header(applicationTitle(seq, job)),
      ui.list(contacts.map((contact) => `${seq}.${contact.seq} ${contact.name} — ${CONTACT_ROLE_LABELS[contact.role as ContactRole] ?? contact.role}${contact.email ? `, ${contact.email}` : ''}`)),
      ui.actions([ui.button('Add contact', 'app.contact', String(seq))]),
      ui.context(`Remove one with /job contact remove ${seq}.1`),
    ]);
  },
});

const removeContactCommand = defineCommand({
  name: 'remove',
  summary: 'Remove a contact',
  usage: '/job contact remove <id.n>',
  groupWordRequired: true,
  options: [{ name: 'contact', description: 'Contact, e.g. 3.1 (/job contact list numbers them)', type: 'string', required: true }],
  schema: z.object({ contact: z.string({ message: 'is missing' }) }),
  async run(ctx, options) {
    const ref = parseContactRef(options.contact);
    const { job, contact } = await removeContact(ctx.services, ctx.person.id, ref);
    return ui.message([ui.header(applicationTitle(ref.seq, job)), ui.section(`Removed contact ${ref.seq}.${ref.contactSeq}, ${contact.name}.`)]);
  },
});

export const contactsGroup: CommandGroup = { name: 'contact', summary: 'People at the company: who follow-ups go to', commands: [addContactCommand, listContactsCommand, removeContactCommand] };
