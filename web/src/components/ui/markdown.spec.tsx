import { render } from '@testing-library/react';
import { Markdown, markdownToSafeHtml } from './markdown';

describe('Markdown', () => {
  it('renders headings, emphasis, lists and links', () => {
    const { container } = render(<Markdown source={'## Why\n\nWe **cache** reads.\n\n- one\n- two\n\n[ADR](https://adr.github.io)'} />);
    expect(container.querySelector('h2')).toHaveTextContent('Why');
    expect(container.querySelector('strong')).toHaveTextContent('cache');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    const link = container.querySelector('a');
    expect(link).toHaveAttribute('href', 'https://adr.github.io');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  });

  it('shows a <script> tag as inert text: no script element, nothing runs', () => {
    const ran = jest.fn();
    (window as unknown as { pwned: () => void }).pwned = ran;
    const { container } = render(<Markdown source={'Before\n\n<script>window.pwned()</script>\n\nafter <b onclick="pwned()">bold</b>'} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('[onclick]')).toBeNull();
    expect(container).toHaveTextContent('<script>window.pwned()</script>');
    expect(ran).not.toHaveBeenCalled();
  });

  it('drops event handlers, images with onerror and javascript: links', () => {
    const html = markdownToSafeHtml('<img src=x onerror="alert(1)">\n\n[click](javascript:alert(1)) [data](data:text/html,hi)');
    expect(html).not.toMatch(/<img|<a [^>]*href="(javascript|data):/i);
    const { container } = render(<Markdown source={'[click](javascript:alert(1))'} />);
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('shows the empty text when there is nothing to render', () => {
    const { container } = render(<Markdown source="  " empty="No context yet." />);
    expect(container).toHaveTextContent('No context yet.');
  });
});
