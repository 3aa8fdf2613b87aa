import { useEffect, useState } from 'react';
import { api } from '../api/client';
import classes from './UserAvatar.module.css';

/**
 * Photos already asked for, by user id, with the fetch date they were cached with: a list page that is shown
 * again costs no request, and a photo refreshed by a sync (a new fetchedAt) is asked for again.
 */
const photos = new Map<number, { fetchedAt: string | null; dataUrl: string | null }>();

/** The colours of the initials, picked by the username's hash: Mantine's Avatar color="initials" and its list. */
const INITIALS_COLORS = ['blue', 'cyan', 'grape', 'green', 'indigo', 'lime', 'orange', 'pink', 'red', 'teal', 'violet'] as const;

function initialsColor(name: string): string {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = ((hash << 5) - hash + name.charCodeAt(i)) | 0;
  return INITIALS_COLORS[Math.abs(hash) % INITIALS_COLORS.length]!;
}

function initialsOf(username: string, firstName = '', lastName = ''): string {
  const fromName = `${firstName.trim().charAt(0)}${lastName.trim().charAt(0)}`;
  if (fromName !== '') return fromName.toUpperCase();
  const parts = username.split(/[._\-@]/).filter((p) => p !== '');
  return parts
    .slice(0, 2)
    .map((p) => p.charAt(0))
    .join('')
    .toUpperCase();
}

interface Props {
  userId: number;
  username: string;
  firstName?: string;
  lastName?: string;
  /**
   * When the cached photo was fetched, as the user list knows it: null means no photo (nothing is asked);
   * undefined means not known (the editor), so the photo is asked for once.
   */
  fetchedAt?: string | null;
  size?: 'sm' | 'md';
}

/**
 * The user's contact photo, or their initials. Decorative: the username is always written next to it, so
 * the avatar is hidden from assistive technology and adds nothing to a cell's or heading's name. The photo
 * is a data: URL of an image type main checked from the bytes (JPEG, PNG, GIF or WebP), shown by <img>.
 * Plain elements drawn as Mantine's Avatar (UserAvatar.module.css), not the component: every row of the
 * user list has one, and a fast scroll mounts a dozen rows per frame.
 */
export function UserAvatar({ userId, username, firstName, lastName, fetchedAt, size = 'sm' }: Props) {
  // Bumped when an answer arrives; the photo itself is read from the shared map during render.
  const [, setAnswers] = useState(0);

  useEffect(() => {
    if (fetchedAt === null || isCurrent(userId, fetchedAt)) return;
    let current = true;
    void api.photos.get({ userId }).then((result) => {
      if (!result.ok) return;
      photos.set(userId, { fetchedAt: result.value?.fetchedAt ?? null, dataUrl: result.value?.dataUrl ?? null });
      if (current) setAnswers((n) => n + 1);
    });
    return () => {
      current = false;
    };
  }, [userId, fetchedAt]);

  const src = fetchedAt !== null && isCurrent(userId, fetchedAt) ? (photos.get(userId)?.dataUrl ?? null) : null;
  const color = initialsColor(username);
  return (
    <span
      className={`${classes.avatar} ${size === 'md' ? classes.md : ''}`}
      aria-hidden
      data-photo={src ? 'yes' : 'no'}
      style={src ? undefined : { background: `var(--mantine-color-${color}-light)`, color: `var(--mantine-color-${color}-light-color)` }}
    >
      {src ? (
        <img className={classes.photo} src={src} alt="" />
      ) : (
        <span className={classes.initials} data-initials={initialsOf(username, firstName, lastName)} />
      )}
    </span>
  );
}

function isCurrent(userId: number, fetchedAt: string | undefined): boolean {
  const known = photos.get(userId);
  return known !== undefined && (fetchedAt === undefined || known.fetchedAt === fetchedAt);
}
