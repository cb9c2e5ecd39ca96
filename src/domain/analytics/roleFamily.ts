/**
 * The family a job title belongs to, so "Senior Backend Engineer (Go)" and "Backend Developer II"
 * count together in success analytics. The first family whose words the title holds wins, so the
 * narrow ones (machine learning, data, mobile…) come before the broad "Software engineering".
 */
const FAMILIES: [RegExp, string][] = [
  [/\b(machine learning|ml|ai|deep learning|computer vision|nlp|llm|applied scientist|research scientist)\b/i, 'Machine learning'],
  [/\b(data|analytics|analyst|bi|business intelligence|etl)\b/i, 'Data'],
  [/\b(devops|sre|site reliability|platform|infrastructure|cloud|systems? engineer|network engineer|kubernetes)\b/i, 'Infrastructure'],
  [/\b(security|appsec|infosec|penetration|soc)\b/i, 'Security'],
  [/\b(ios|android|mobile|react native|flutter)\b/i, 'Mobile'],
  [/\b(front[\s-]?end|ui engineer|web developer)\b/i, 'Frontend'],
  [/\b(back[\s-]?end|api engineer)\b/i, 'Backend'],
  [/\b(full[\s-]?stack)\b/i, 'Full-stack'],
  [/\b(qa|quality|test|sdet)\b/i, 'Quality'],
  [/\b(product manager|product owner|product lead|head of product|product management|program manager|project manager)\b/i, 'Product and project'],
  [/\b(designer|design|ux|ui\/ux|researcher)\b/i, 'Design'],
  [/\b(engineering manager|head of engineering|vp engineering|cto|tech lead manager)\b/i, 'Engineering management'],
  [/\b(engineer|developer|programmer|swe|software)\b/i, 'Software engineering'],
  [/\b(sales|account executive|account manager|business development|sdr|bdr)\b/i, 'Sales'],
  [/\b(marketing|growth|seo|content|brand|communications)\b/i, 'Marketing'],
  [/\b(customer|support|success|solutions|implementation)\b/i, 'Customer-facing'],
  [/\b(recruiter|recruiting|talent|people|hr|human resources)\b/i, 'People'],
  [/\b(finance|accountant|accounting|controller|tax|payroll)\b/i, 'Finance'],
  [/\b(teacher|tutor|instructor|lecturer|professor)\b/i, 'Teaching'],
  [/\b(operations|ops|logistics|supply chain)\b/i, 'Operations'],
];

export function roleFamily(title: string): string {
  for (const [words, family] of FAMILIES) if (words.test(title)) return family;
  return 'Other';
}
